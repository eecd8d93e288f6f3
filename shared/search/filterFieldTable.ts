import type { Outcome, ReflectionStatus, Relationship } from '../domain/reflectionLabels';
import type { SearchFilterFields } from './searchDocument';

/**
 * The facts search filters ask about, one row per indexed reflection, kept beside the index
 * rather than inside it. MiniSearch's stored fields cost a copy into every result and a slow
 * reload (a map per document); this table saves as a few compact arrays and reloads as one
 * JSON.parse plus one Map, which matters at 50,000 reflections.
 *
 * A row is [occurredAt, personIds, principleIds, relationship, outcome, tags, flags], where
 * every repeated string (ids, tags, labels) is a number pointing into a shared word list.
 */
type Row = readonly [
  occurredAt: string | null,
  personIds: readonly number[],
  principleIds: readonly number[],
  relationship: number,
  outcome: number,
  tags: readonly number[],
  flags: number,
];

const STARRED = 1;
const COMPLETE = 2;
const DELETED = 4;
const NONE = -1;

/** The saved form; `format` changes whenever the row layout does. */
export interface FilterFieldTableJson {
  format: 1;
  words: string[];
  ids: string[];
  rows: Row[];
}

function isRow(value: unknown): value is Row {
  return Array.isArray(value) && value.length === 7;
}

export class FilterFieldTable {
  private readonly rows = new Map<string, Row>();
  private readonly words: string[] = [];
  private readonly wordIndex = new Map<string, number>();

  get size(): number {
    return this.rows.size;
  }

  set(id: string, fields: SearchFilterFields): void {
    const flags =
      (fields.starred ? STARRED : 0) |
      (fields.status === 'complete' ? COMPLETE : 0) |
      (fields.deleted ? DELETED : 0);
    this.rows.set(id, [
      fields.occurredAt,
      fields.personIds.map((word) => this.wordOf(word)),
      fields.principleIds.map((word) => this.wordOf(word)),
      fields.relationship === null ? NONE : this.wordOf(fields.relationship),
      fields.outcome === null ? NONE : this.wordOf(fields.outcome),
      fields.tags.map((word) => this.wordOf(word)),
      flags,
    ]);
  }

  delete(id: string): void {
    this.rows.delete(id);
  }

  get(id: string): SearchFilterFields | undefined {
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    const [occurredAt, personIds, principleIds, relationship, outcome, tags, flags] = row;
    return {
      occurredAt,
      personIds: personIds.map((word) => this.word(word)),
      principleIds: principleIds.map((word) => this.word(word)),
      relationship: relationship === NONE ? null : (this.word(relationship) as Relationship),
      outcome: outcome === NONE ? null : (this.word(outcome) as Outcome),
      tags: tags.map((word) => this.word(word)),
      starred: (flags & STARRED) !== 0,
      status: ((flags & COMPLETE) !== 0 ? 'complete' : 'draft') satisfies ReflectionStatus,
      deleted: (flags & DELETED) !== 0,
    };
  }

  /** When a reflection happened, without decoding the rest of its row (for sorting). */
  occurredAtOf(id: string): string | null {
    return this.rows.get(id)?.[0] ?? null;
  }

  toJSON(): FilterFieldTableJson {
    return { format: 1, words: [...this.words], ids: [...this.rows.keys()], rows: [...this.rows.values()] };
  }

  /** Throws when the saved table is not one this code wrote; the caller rebuilds the index then. */
  static fromJSON(value: unknown): FilterFieldTable {
    const json = value as Partial<FilterFieldTableJson> | null;
    if (
      json === null ||
      typeof json !== 'object' ||
      json.format !== 1 ||
      !Array.isArray(json.words) ||
      !Array.isArray(json.ids) ||
      !Array.isArray(json.rows) ||
      json.ids.length !== json.rows.length
    ) {
      throw new Error('The saved search filters are not in a known format.');
    }
    const table = new FilterFieldTable();
    json.words.forEach((word, index) => {
      table.words.push(String(word));
      table.wordIndex.set(String(word), index);
    });
    json.ids.forEach((id, position) => {
      const row = json.rows?.[position];
      if (!isRow(row)) throw new Error('A saved search filter row is damaged.');
      table.rows.set(String(id), row);
    });
    return table;
  }

  private wordOf(word: string): number {
    let index = this.wordIndex.get(word);
    if (index === undefined) {
      index = this.words.length;
      this.words.push(word);
      this.wordIndex.set(word, index);
    }
    return index;
  }

  private word(index: number): string {
    return this.words[index] ?? '';
  }
}
