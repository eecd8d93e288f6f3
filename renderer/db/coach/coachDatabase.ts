import Dexie, { type Table } from 'dexie';
import type { CoachComment } from '../../../shared/coach/coachComment';
import { JOURNAL_TRANSACTION_DURABILITY } from '../JournalDatabase';

/** The coach's own records about clients, apart from the coach's journal and from every client's. */
export const COACH_DATABASE_NAME = 'influence-journal-coach';

/** Each client's journal lives in a database of its own under this prefix and the client's id. */
export const CLIENT_DATABASE_PREFIX = 'influence-journal-client-';

export function clientDatabaseName(clientId: string): string {
  return `${CLIENT_DATABASE_PREFIX}${clientId}`;
}

/**
 * One client as the coach's list shows it. Everything the list needs is here, so opening the
 * list never opens a client's workspace.
 */
export interface CoachClientRecord {
  id: string;
  /** The name the coach gave; exports usually carry initials or labels only. */
  name: string;
  /** The client's journal id from the export: a later export of the same journal updates this client. */
  journalId: string;
  dbName: string;
  /** The first and last day a reflection in the workspace happened, `YYYY-MM-DD`, or null when none has a date. */
  periodFrom: string | null;
  periodTo: string | null;
  reflectionCount: number;
  /** When the client wrote the export now in the workspace. */
  exportedAt: string;
  /** When the coach first opened this client's journal. */
  openedAt: string;
  /** When the workspace last took in an export. */
  updatedAt: string;
  /** Set when a newer export replaced the workspace, until the coach opens it: the list's badge. */
  newerExportOpenedAt: string | null;
}

/** A coach's comment, in the feedback file's shape, plus the client it belongs to. */
export interface CoachCommentRecord extends CoachComment {
  clientId: string;
}

/** "Needs discussion" on one reflection. */
export interface CoachFlagRecord {
  clientId: string;
  reflectionId: string;
  flaggedAt: string;
}

/** The coach's private notes for the next session with a client. */
export interface SessionNotesRecord {
  clientId: string;
  text: string;
  /** Only when ticked do the notes go into a feedback file. */
  includeInFeedback: boolean;
  updatedAt: string;
}

export interface CoachSchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
}

/** Append-only, like the journal's own list: a change adds a version, never edits one. */
export const coachSchemaVersions: readonly CoachSchemaVersion[] = [
  {
    version: 1,
    stores: {
      clients: 'id, journalId',
      comments: 'id, clientId, [clientId+reflectionId]',
      flags: '[clientId+reflectionId], clientId',
      sessionNotes: 'clientId',
    },
  },
];

export class CoachDatabase extends Dexie {
  clients!: Table<CoachClientRecord, string>;
  comments!: Table<CoachCommentRecord, string>;
  flags!: Table<CoachFlagRecord, [string, string]>;
  sessionNotes!: Table<SessionNotesRecord, string>;

  constructor(name = COACH_DATABASE_NAME) {
    // Comments are the coach's own words: "Saved" must mean on disk, as in the journal.
    super(name, { chromeTransactionDurability: JOURNAL_TRANSACTION_DURABILITY });
    for (const { version, stores } of coachSchemaVersions) this.version(version).stores(stores);
  }
}
