import type { CoachComment } from '../../shared/coach/coachComment';
import type { Person } from '../../shared/domain/personSchema';
import type { ReflectionListRow } from '../../shared/domain/reflectionListRow';
import type { ProgressFact } from '../../shared/progress/progressFact';

/**
 * A row of the journal list: the domain row plus the instant it happened, which orders the
 * journal. Derived from the stored reflection as it is read (toListRowRecord); not stored.
 */
export interface ListRowRecord extends ReflectionListRow {
  sortKey: number;
}

/** A person as stored, with a lower-cased name so the people picker can match by prefix. */
export interface PersonRecord extends Person {
  nameKey: string;
}

/** One change the search index has not absorbed yet, written in the same transaction as the change. */
export interface SearchChangeRecord {
  seq?: number;
  reflectionId: string;
  /** 'rebuild' (a large import, reflectionId empty): the index is built again from every reflection. */
  kind: 'put' | 'delete' | 'rebuild';
}

export interface SearchIndexRecord {
  key: string;
  value: unknown;
}

/**
 * What Progress counts for one complete reflection outside the Trash. Stored only inside its
 * month's record (`ProgressMonth`), no longer as a record of its own.
 */
export type ProgressFactRecord = ProgressFact;

/** A coach's comment as the client's journal keeps it: the comment as the feedback file had it, and when it came. */
export interface CoachFeedbackRecord extends CoachComment {
  /** When this version of the comment was imported. */
  receivedAt: string;
  /** When the person marked it as read, or null while it is new to them. */
  readAt: string | null;
  /** Mirrors readAt for the index (1 while readAt is null): IndexedDB does not index null. */
  unread: 0 | 1;
  /** The feedback file's exportedAt: which of the coach's files this version came in. */
  feedbackExportedAt: string;
}
