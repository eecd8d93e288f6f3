import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/App';
import { StorageStatusProvider } from './app/storageStatus';
import { openJournalDatabase } from './db/openJournalDatabase';
import { describeStorageError, type StorageProblem } from './db/storageErrors';
import { requestPersistentStorage } from './db/storagePersistence';
import { choosePlatform } from './platform/choosePlatform';
import { PlatformContext } from './platform/PlatformContext';
import './styles/app.css';

performance.mark('app:boot');
const platform = choosePlatform(window, __APP_VERSION__);

async function boot() {
  let problem: StorageProblem | null = null;
  const storagePromise = requestPersistentStorage(navigator.storage);
  try {
    await openJournalDatabase({
      onVersionChange: () => problem === null && console.warn('Journal database changed in another window'),
    });
    performance.mark('db:open');
  } catch (error) {
    problem = describeStorageError(error);
  }
  const storage = await storagePromise;
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('The page has no #root element.');
  createRoot(rootElement).render(
    <StrictMode>
      <PlatformContext.Provider value={platform}>
        <StorageStatusProvider initial={problem}>
          <App storage={storage} router={createAppRouter({ storage })} />
        </StorageStatusProvider>
      </PlatformContext.Provider>
    </StrictMode>,
  );
}

void boot();
