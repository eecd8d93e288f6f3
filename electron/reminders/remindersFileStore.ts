import path from 'node:path';
import { emptyRemindersState, remindersStateSchema } from '../../shared/reminders/reminderSchema';
import type { RemindersState } from '../../shared/reminders/reminderSchema';
import type { RemindersStore } from '../../shared/reminders/reminderEngine';
import { createJsonFileStore } from '../files/jsonFileStore';

export const REMINDERS_FILE_NAME = 'reminders.json';

/**
 * The engine's store: reminders.json in the data folder, validated on read and written
 * atomically. An unreadable file is moved aside (never overwritten) and remembered, so the
 * Reminders page can tell the person where it went.
 */
export function createRemindersFileStore(
  filesDir: string,
  log: (message: string, detail?: unknown) => void,
  now?: () => Date,
) {
  const file = createJsonFileStore(
    path.join(filesDir, REMINDERS_FILE_NAME),
    remindersStateSchema,
    emptyRemindersState,
    now,
  );
  let corruptFileMovedTo: string | undefined;

  const store: RemindersStore = {
    async load(): Promise<RemindersState> {
      const result = await file.load();
      if (result.status === 'corrupt') {
        corruptFileMovedTo = result.movedTo;
        log(`The reminders file was unreadable and was moved to ${result.movedTo}`, result.reason);
      }
      return result.value;
    },
    save: (state) => file.save(state),
  };

  return { store, filePath: file.filePath, corruptFileMovedTo: () => corruptFileMovedTo };
}
