import { JOURNAL_DATABASE_NAME } from '../../db/JournalDatabase';

const WORKER_NAME = 'search';
const PREFIX = `${WORKER_NAME}:`;

/**
 * The search worker learns which journal to index from its name, which it has before its first
 * line runs: the person's own journal as plain "search", a coach's client workspace after a colon.
 */
export function searchWorkerName(databaseName: string): string {
  return databaseName === JOURNAL_DATABASE_NAME ? WORKER_NAME : `${PREFIX}${databaseName}`;
}

/** The journal a worker with this name indexes; anything unexpected means the person's own. */
export function databaseNameOfSearchWorker(workerName: string): string {
  return workerName.startsWith(PREFIX) && workerName.length > PREFIX.length
    ? workerName.slice(PREFIX.length)
    : JOURNAL_DATABASE_NAME;
}
