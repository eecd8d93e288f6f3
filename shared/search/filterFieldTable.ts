import type { Outcome, ReflectionStatus, Relationship } from '../domain/reflectionLabels';
import type { SearchFilterFields } from './searchDocument';
import { isTypedArrayOf } from './typedArrayTag';

/**
 * The facts search filters ask about, one row per indexed reflection, kept beside the index
 * rather than inside it. MiniSearch's stored fields cost a copy into every result and a slow
 * reload (a map per document).
 *
 * A row is [occurredAt, personIds, principleIds, relationship, outcome, tags, flags], where
 * every repeated string (ids, tags, labels) is a number pointing into a shared word list. It
 * saves as a few columns (PackedFilterTable) and loads without decoding a single row: a row
 * saved earlier is read from the columns when asked for, and one set since lives in a Map.
 * At 50,000 reflections this loads in a few tens of milliseconds instead of the 130 ms that
 * parsing the same table as JSON took.
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
/** Ids and local date-times never hold a line break, so one joins each column into a string. */
const SEPARATOR = '\n';
const SCALARS_PER_ROW = 3;

/** The saved form; `format` changes whenever the layout does. */
export interface PackedFilterTable {
  format: 2;
  words: string[];
  /** Row ids joined by SEPARATOR. */
  ids: string;
  /** When each row happened, joined by SEPARATOR; empty for none. */
  occurredAt: string;
  /** relationship, outcome and flags for each row (NONE for no relationship or outcome). */
  scalars: Int32Array;
  /** For each row, its person, principle and tag word lists, each as a count then the words. */
  lists: Int32Array;
}

/** The columns of the table as last loaded, with where each row's lists start. */
interface Columns {
  occurredAt: string[];
  scalars: Int32Array;
  lists: Int32Array;
  listStarts: Uint32Array;
}

export class FilterFieldTable {
  /** Rows set (or replaced) since the table was loaded. */
  private readonly rows = new Map<string, Row>();
  /** Rows loaded and not replaced or deleted since: id to position in `columns`. */
  private readonly packedAt = new Map<string, number>();
  private columns: Columns | null = null;
  private readonly words: string[] = [];
  private readonly wordIndex = new Map<string, number>();

  get size(): number {
    return this.rows.size + this.packedAt.size;
  }

  set(id: string, fields: SearchFilterFields): void {
    const flags =
      (fields.starred ? STARRED : 0) |
      (fields.status === 'complete' ? COMPLETE : 0) |
      (fields.deleted ? DELETED : 0);
    this.packedAt.delete(id);
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
    this.packedAt.delete(id);
  }

  get(id: string): SearchFilterFields | undefined {
    const row = this.rowOf(id);
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
    const row = this.rows.get(id);
    if (row !== undefined) return row[0];
    const position = this.packedAt.get(id);
    if (position === undefined || this.columns === null) return null;
    return this.columns.occurredAt[position] || null;
  }

  pack(): PackedFilterTable {
    const ids: string[] = [];
    const occurredAt: string[] = [];
    const scalars: number[] = [];
    const lists: number[] = [];
    const add = (id: string, row: Row) => {
      const [when, personIds, principleIds, relationship, outcome, tags, flags] = row;
      ids.push(id);
      occurredAt.push(when ?? '');
      scalars.push(relationship, outcome, flags);
      for (const list of [personIds, principleIds, tags]) lists.push(list.length, ...list);
    };
    for (const id of this.packedAt.keys()) {
      const row = this.rowOf(id);
      if (row !== undefined) add(id, row);
    }
    for (const [id, row] of this.rows) add(id, row);
    return {
      format: 2,
      words: [...this.words],
      ids: ids.join(SEPARATOR),
      occurredAt: occurredAt.join(SEPARATOR),
      scalars: Int32Array.from(scalars),
      lists: Int32Array.from(lists),
    };
  }

  /** Throws when the saved table is not one this code wrote; the caller rebuilds the index then. */
  static unpack(value: unknown): FilterFieldTable {
    const saved = value as Partial<PackedFilterTable> | null;
    if (
      saved === null ||
      typeof saved !== 'object' ||
      saved.format !== 2 ||
      !Array.isArray(saved.words) ||
      typeof saved.ids !== 'string' ||
      typeof saved.occurredAt !== 'string' ||
      !isTypedArrayOf(saved.scalars, 'Int32Array') ||
      !isTypedArrayOf(saved.lists, 'Int32Array')
    ) {
      throw new Error('The saved search filters are not in a known format.');
    }
    const ids = saved.ids === '' ? [] : saved.ids.split(SEPARATOR);
    const occurredAt = ids.length === 0 ? [] : saved.occurredAt.split(SEPARATOR);
    const { scalars, lists } = saved as PackedFilterTable;
    if (occurredAt.length !== ids.length || scalars.length !== ids.length * SCALARS_PER_ROW) {
      throw new Error('The saved search filters do not have a row for every reflection.');
    }
    const listStarts = new Uint32Array(ids.length);
    let at = 0;
    for (let row = 0; row < ids.length; row += 1) {
      listStarts[row] = at;
      for (let list = 0; list < 3; list += 1) {
        const count = lists[at];
        if (count === undefined || count < 0) throw new Error('A saved search filter row is damaged.');
        at += 1 + count;
      }
    }
    if (at !== lists.length) throw new Error('A saved search filter row is damaged.');
    const table = new FilterFieldTable();
    saved.words.forEach((word, index) => {
      table.words.push(String(word));
      table.wordIndex.set(String(word), index);
    });
    ids.forEach((id, position) => table.packedAt.set(id, position));
    table.columns = { occurredAt, scalars, lists, listStarts };
    return table;
  }

  private rowOf(id: string): Row | undefined {
    const row = this.rows.get(id);
    if (row !== undefined) return row;
    const position = this.packedAt.get(id);
    const columns = this.columns;
    if (position === undefined || columns === null) return undefined;
    const { scalars, lists } = columns;
    let at = columns.listStarts[position] ?? 0;
    const readList = () => {
      const count = lists[at] ?? 0;
      const words = Array.from(lists.subarray(at + 1, at + 1 + count));
      at += 1 + count;
      return words;
    };
    const personIds = readList();
    const principleIds = readList();
    const tags = readList();
    const base = position * SCALARS_PER_ROW;
    return [
      columns.occurredAt[position] || null,
      personIds,
      principleIds,
      scalars[base] ?? NONE,
      scalars[base + 1] ?? NONE,
      tags,
      scalars[base + 2] ?? 0,
    ];
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
