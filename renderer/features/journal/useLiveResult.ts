import { useLiveQuery } from 'dexie-react-hooks';
import { describeStorageError } from '../../db/storageErrors';

export type LiveResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

const loading = { status: 'loading' } as const satisfies LiveResult<never>;

/**
 * A Dexie live query (so changes from another window or tab show up) whose failure becomes
 * a value the page can show, instead of an exception that replaces the whole screen.
 * Distinguishes "still loading" from "loaded, and there is nothing".
 */
export function useLiveResult<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  return useLiveQuery(
    async (): Promise<LiveResult<T>> => {
      try {
        return { status: 'ready', value: await querier() };
      } catch (error) {
        return { status: 'error', message: describeStorageError(error).message };
      }
    },
    // The caller's deps describe the querier, as with useMemo.
    [...deps],
    loading,
  );
}
