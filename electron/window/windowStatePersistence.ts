import path from 'node:path';
import { createJsonFileStore } from '../files/jsonFileStore';
import { defaultWindowState, windowStateSchema, type WindowState } from './windowState';

/** Remembers the window's size and position; saves are coalesced because resize fires many times a second. */
export function createWindowStatePersistence(
  filesDir: string,
  log: (message: string, detail?: unknown) => void,
) {
  const store = createJsonFileStore(path.join(filesDir, 'window-state.json'), windowStateSchema, () => ({
    ...defaultWindowState,
  }));
  let pending: WindowState | null = null;
  let timer: NodeJS.Timeout | null = null;

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const state = pending;
    pending = null;
    if (!state) return;
    try {
      await store.save(state);
    } catch (error) {
      log('Could not save the window position', error);
    }
  };

  return {
    async load(): Promise<WindowState> {
      try {
        const result = await store.load();
        if (result.status === 'corrupt')
          log(`Window state was unreadable and was moved to ${result.movedTo}`);
        return result.value;
      } catch (error) {
        log('Could not read the window position', error);
        return { ...defaultWindowState };
      }
    },
    remember(state: WindowState) {
      pending = state;
      if (!timer) timer = setTimeout(() => void flush(), 500);
    },
    flush,
    hasPending: () => pending !== null,
  };
}
