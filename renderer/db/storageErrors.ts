/** What the person is told when a write fails, by cause. */
import { errorText } from '../../shared/app/errorText';
export type StorageProblem =
  | { kind: 'full'; message: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'version-changed'; message: string }
  | { kind: 'newer-version'; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'unreadable'; message: string }
  | { kind: 'other'; message: string };

/**
 * Stored data that failed its schema and was set aside rather than used. Its message is
 * written for the person, so it is shown as it is.
 */
export class UnreadableDataError extends Error {
  override name = 'UnreadableDataError';
}

function namesIn(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the DOMException (AbortError.inner = QuotaExceededError); walk the chain.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function describeStorageError(error: unknown): StorageProblem {
  if (error instanceof UnreadableDataError) return { kind: 'unreadable', message: error.message };
  const names = namesIn(error);
  if (names.includes('QuotaExceededError')) {
    return {
      kind: 'full',
      message:
        'Storage is full: your last change was not saved. Free some disk space, then try again. What you typed is still on screen.',
    };
  }
  if (names.includes('DatabaseClosedError') || names.includes('VersionChangeError')) {
    return {
      kind: 'version-changed',
      message: 'The journal was upgraded in another window. Reload this window to keep working.',
    };
  }
  // IndexedDB refuses to open a database at a lower version than it has: a newer build of the
  // app opened this journal. Checked before OpenFailedError, which Dexie wraps it in.
  if (names.includes('VersionError')) {
    return {
      kind: 'newer-version',
      message:
        'This journal was last opened by a newer version of Influence Journal. Update the app to open it; nothing in it was changed.',
    };
  }
  // Only a real block: Dexie wraps every failed open in OpenFailedError, whatever its cause.
  if (names.includes('BlockedError')) {
    return {
      kind: 'blocked',
      message:
        'An older version of Influence Journal still has the journal open, so this one cannot update it. Close that window or tab, and quit the older app if it is still running in the background (its icon in the tray or menu bar), then reload.',
    };
  }
  if (names.includes('TimeoutError')) {
    return {
      kind: 'timeout',
      message: 'The journal took too long to open. Close other windows of the app, then reload.',
    };
  }
  const detail = errorText(error);
  return { kind: 'other', message: `The journal could not save or read data: ${detail}` };
}
