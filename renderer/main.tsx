import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/App';
import { showJournalUpgradeNotice } from './app/journalUpgradeNotice';
import { checkRememberedLocaleConventions } from './app/localeConventions';
import { flushPendingWrites } from './app/pendingWrites';
import { beginStartup, whenMarked, whenStartupSettled } from './app/startupPhase';
import { StorageStatusProvider } from './app/storageStatus';
import { whenIdle } from './app/whenIdle';
import { createJournal, JournalProvider } from './db/JournalContext';
import { loadWriteSchemas } from './db/repositories/writeSchemas';
import { appLocale } from './features/dateTime/currentDateTimeStyle';
import { startOpeningJournalDatabase } from './db/openJournalDatabase';
import { describeStorageError } from './db/storageErrors';
import { JOURNAL_PAGE_SIZES, opensJournalList } from './features/journal/journalPaging';
import { getSearchClient } from './features/search/searchClient';
import { requestPersistentStorage } from './db/storagePersistence';
import { choosePlatform } from './platform/choosePlatform';
import { PlatformContext } from './platform/PlatformContext';
import './styles/app.css';

performance.mark('app:boot');
/** Past this, waiting work starts even if the journal's first rows never showed. */
const FIRST_ROWS_WAIT_MS = 3_000;
/** The longest the first render waits for the journal's first page (see boot). */
const FIRST_PAGE_WAIT_MS = 250;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const platform = choosePlatform(window, __APP_VERSION__);
// The desktop app asks before it quits or closes the window, so the last keystrokes are saved.
platform.onFlushRequest(flushPendingWrites);

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
  // The app renders while IndexedDB opens: Dexie holds the first queries until it is open.
  // Shown only if the journal is upgraded on this start, and taken away once it opens or fails.
  let hideUpgradeNotice: () => void = () => undefined;
  const { db, opened } = startOpeningJournalDatabase({
    onVersionChange: () => reportVersionChange?.(),
    onUpgradeStart: () => (hideUpgradeNotice = showJournalUpgradeNotice()),
  });
  const journal = createJournal(db);
  // The first rows are read while React renders rather than after.
  const opensJournal = opensJournalList(window.location.hash);
  // The list reports its own read errors; this early read only warms its first page.
  const firstPage = opensJournal
    ? journal.reflections.prefetchNewestRows(JOURNAL_PAGE_SIZES.first).catch(() => undefined)
    : undefined;
  // Reminders and search wait until the journal's first rows are on screen (read is not enough:
  // they render a moment later), or until the database is open on any other page.
  beginStartup(opensJournal ? whenMarked(['list:interactive', 'welcome:shown'], FIRST_ROWS_WAIT_MS) : opened);
  void whenStartupSettled().then(() => {
    getSearchClient().start();
    checkRememberedLocaleConventions(appLocale());
    // The schemas every write checks with are not part of the start-up (zod is large): loaded
    // at the next idle moment, so the first save finds them. A write before that waits for them;
    // a failed load here is tried again by that write.
    whenIdle(() => void loadWriteSchemas().catch(() => undefined));
  });
  const router = createAppRouter({ storage: storagePromise });
  const onStorageReady = (report: (error: unknown) => unknown) => {
    reportVersionChange = () => report({ name: 'DatabaseClosedError' });
  };
  const root = createRoot(rootElement);
  let failed = false;
  const render = () => {
    if (failed) return;
    root.render(
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
  };
  // The journal's first page is read from a database the page's first script has already
  // opened: waiting for it (briefly) renders the shell and the rows at once, one render and one
  // paint instead of two (docs/benchmarks.md, G1, eighteenth session).
  if (firstPage) void Promise.race([firstPage, delay(FIRST_PAGE_WAIT_MS)]).then(render);
  else render();
  try {
    await opened;
    performance.mark('db:open');
  } catch (error) {
    failed = true;
    root.unmount();
    showFatal(rootElement, describeStorageError(error).message);
    return;
  } finally {
    hideUpgradeNotice();
  }
  // Housekeeping waits until the first screen is up.
  await whenStartupSettled();
  void journal.reflections
    .purgeExpiredTrash()
    .catch((error: unknown) => console.error('Trash clean-up failed', error));
}

void boot();
