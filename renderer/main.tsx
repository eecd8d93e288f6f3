import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/App';
import { StorageStatusProvider } from './app/storageStatus';
import { createJournal, JournalProvider } from './db/JournalContext';
import { openJournalDatabase } from './db/openJournalDatabase';
import { describeStorageError } from './db/storageErrors';
import { requestPersistentStorage } from './db/storagePersistence';
import { choosePlatform } from './platform/choosePlatform';
import { PlatformContext } from './platform/PlatformContext';
import './styles/app.css';

performance.mark('app:boot');
const platform = choosePlatform(window, __APP_VERSION__);

function showFatal(rootElement: HTMLElement, message: string) {
  rootElement.replaceChildren();
  const main = document.createElement('main');
  main.className = 'error-screen';
  const heading = document.createElement('h1');
  heading.textContent = 'The journal could not open';
  const text = document.createElement('p');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-primary';
  button.textContent = 'Reload';
  button.addEventListener('click', () => window.location.reload());
  main.append(heading, text, button);
  rootElement.append(main);
}

async function boot() {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('The page has no #root element.');
  const storagePromise = requestPersistentStorage(navigator.storage);
  let reportVersionChange: (() => void) | undefined;
  let db;
  try {
    db = await openJournalDatabase({ onVersionChange: () => reportVersionChange?.() });
    performance.mark('db:open');
  } catch (error) {
    showFatal(rootElement, describeStorageError(error).message);
    return;
  }
  const journal = createJournal(db);
  const router = createAppRouter({ storage: storagePromise });
  const onStorageReady = (report: (error: unknown) => unknown) => {
    reportVersionChange = () => report({ name: 'DatabaseClosedError' });
  };
  createRoot(rootElement).render(
    <StrictMode>
      <PlatformContext.Provider value={platform}>
        <JournalProvider journal={journal}>
          <StorageStatusProvider onReady={onStorageReady}>
            <App storage={storagePromise} router={router} />
          </StorageStatusProvider>
        </JournalProvider>
      </PlatformContext.Provider>
    </StrictMode>,
  );
  void journal.reflections
    .purgeExpiredTrash()
    .catch((error: unknown) => console.error('Trash clean-up failed', error));
}

void boot();
