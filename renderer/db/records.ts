import type { Person } from '../../shared/domain/personSchema';
import type { ReflectionListRow } from '../../shared/domain/reflectionListRow';
import type { ProgressFact } from '../../shared/progress/progressFact';

/** A list row as stored: the domain row plus the instant it happened, which orders the journal. */
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
  kind: 'put' | 'delete';
}

export interface SearchIndexRecord {
  key: string;
  value: unknown;
}

/** What Progress counts for one complete reflection outside the Trash, keyed by its id. */
export type ProgressFactRecord = ProgressFact;
