import MiniSearch, { type Options } from 'minisearch';
import * as z from 'zod';
import { internalsOf, type PostingsByField } from './miniSearchInternals';
import { PackedPostings } from './packedPostings';
import { isTypedArrayOf } from './typedArrayTag';

/**
 * A MiniSearch index saved as a few typed arrays instead of MiniSearch's JSON. Its JSON turns
 * every posting into an object key that loading parses back into a Map entry: at 50,000
 * reflections that took over two seconds in the worker. Here postings stay as saved bytes until
 * a query first needs a term (see PackedPostings), and typed arrays clone into and out of
 * IndexedDB as plain memory copies.
 *
 * Saving and loading reach into MiniSearch's own fields (see miniSearchInternals); a saved index
 * that cannot be read this way is rebuilt, so a change there costs time, not answers.
 */
export interface PackedSearchIndex {
  /** JSON of PackedHeader. */
  header: string;
  /** Short document ids, in the order of the header's documentIds. */
  shortIds: Uint32Array;
  /** Each document's field lengths, fieldCount per document; NO_LENGTH where a field was absent. */
  fieldLengths: Uint32Array;
  /** Per term: its field count, then per field its id, posting count and byte length in `postings`. */
  termTable: Uint32Array;
  /** Every posting list, one after another, as varint pairs (see forEachPair). */
  postings: Uint8Array;
}

const PACKED_FORMAT = 2;
const NO_LENGTH = 0xffff_ffff;

const headerSchema = z.object({
  format: z.literal(PACKED_FORMAT),
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  dirtCount: z.number().int().nonnegative(),
  fieldIds: z.record(z.string(), z.number().int().nonnegative()),
  averageFieldLength: z.array(z.number()),
  // Checked by isStringList: zod walks 50,000 ids noticeably slower than a plain loop.
  documentIds: z.custom<string[]>(isStringList, 'Document ids must be a list of text.'),
  terms: z.custom<string[]>(isStringList, 'Terms must be a list of text.'),
});

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

type PackedHeader = z.infer<typeof headerSchema>;

export function packIndex(index: MiniSearch<unknown>): PackedSearchIndex {
  const state = internalsOf(index);
  const fieldCount = Object.keys(state._fieldIds).length;
  const documentIds: string[] = [];
  const shortIds = new Uint32Array(state._documentIds.size);
  const fieldLengths = new Uint32Array(state._documentIds.size * fieldCount);
  for (const [shortId, id] of state._documentIds) {
    const at = documentIds.length;
    shortIds[at] = shortId;
    documentIds.push(id);
    const lengths = state._fieldLength.get(shortId);
    for (let field = 0; field < fieldCount; field += 1) {
      fieldLengths[at * fieldCount + field] = lengths?.[field] ?? NO_LENGTH;
    }
  }
  const terms: string[] = [];
  const table: number[] = [];
  const bytes = new ByteWriter();
  for (const [term, byField] of state._index) {
    terms.push(term);
    table.push(byField.size);
    for (const [fieldId, postings] of byField) {
      const start = bytes.length;
      const view = postings instanceof PackedPostings ? postings.view : null;
      let previous = 0;
      const write = (shortId: number, frequency: number) => {
        const difference = shortId - previous;
        bytes.pair(difference >= 0 ? difference * 2 : -difference * 2 - 1, frequency);
        previous = shortId;
      };
      if (view === null) {
        for (const [shortId, frequency] of postings) write(shortId, frequency);
      } else {
        // Saved bytes are copied as they are; additions continue from the last saved id.
        bytes.copy(view.range.bytes.subarray(view.range.start, view.range.end));
        previous = view.lastSavedId;
        for (const [shortId, frequency] of view.added) write(shortId, frequency);
      }
      table.push(fieldId, postings.size, bytes.length - start);
    }
  }
  const header: PackedHeader = {
    format: PACKED_FORMAT,
    documentCount: state._documentCount,
    nextId: state._nextId,
    dirtCount: state._dirtCount,
    fieldIds: state._fieldIds,
    averageFieldLength: state._avgFieldLength,
    documentIds,
    terms,
  };
  return {
    header: JSON.stringify(header),
    shortIds,
    fieldLengths,
    termTable: Uint32Array.from(table),
    postings: bytes.finish(),
  };
}

function isPacked(value: unknown): value is PackedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const parts = value as Record<string, unknown>;
  return (
    typeof parts.header === 'string' &&
    isTypedArrayOf(parts.shortIds, 'Uint32Array') &&
    isTypedArrayOf(parts.fieldLengths, 'Uint32Array') &&
    isTypedArrayOf(parts.termTable, 'Uint32Array') &&
    isTypedArrayOf(parts.postings, 'Uint8Array')
  );
}

/**
 * The index back, ready for queries and changes. Throws, naming the problem, when the saved
 * parts do not fit together or were made for other fields.
 */
export function unpackIndex<T>(saved: unknown, options: Options<T>): MiniSearch<T> {
  if (!isPacked(saved)) throw new Error('The saved search index is missing some of its parts.');
  const { shortIds, fieldLengths, termTable, postings } = saved;
  const header = headerSchema.parse(JSON.parse(saved.header));
  const index = new MiniSearch<T>(options);
  const state = internalsOf(index as MiniSearch<unknown>);
  if (JSON.stringify(header.fieldIds) !== JSON.stringify(state._fieldIds)) {
    throw new Error('The saved search index was made for other fields.');
  }
  const fieldCount = Object.keys(state._fieldIds).length;
  const documentCount = header.documentIds.length;
  if (shortIds.length !== documentCount || fieldLengths.length !== documentCount * fieldCount) {
    throw new Error('The saved search index does not list the same documents in all its parts.');
  }
  for (let at = 0; at < documentCount; at += 1) {
    const shortId = shortIds[at] ?? 0;
    const id = header.documentIds[at] ?? '';
    state._documentIds.set(shortId, id);
    state._idToShortId.set(id, shortId);
    const lengths: (number | undefined)[] = new Array<number | undefined>(fieldCount);
    for (let field = 0; field < fieldCount; field += 1) {
      const length = fieldLengths[at * fieldCount + field] ?? NO_LENGTH;
      lengths[field] = length === NO_LENGTH ? undefined : length;
    }
    state._fieldLength.set(shortId, lengths);
  }
  let cursor = 0;
  let offset = 0;
  for (const term of header.terms) {
    const byField: PostingsByField = new Map();
    const fields = termTable[cursor++] ?? 0;
    for (let field = 0; field < fields; field += 1) {
      const fieldId = termTable[cursor++] ?? 0;
      const count = termTable[cursor++] ?? 0;
      const end = offset + (termTable[cursor++] ?? 0);
      byField.set(fieldId, new PackedPostings({ bytes: postings, start: offset, end, count }));
      offset = end;
    }
    state._index.set(term, byField);
  }
  if (cursor !== termTable.length || offset !== postings.length) {
    throw new Error('The saved search index has a damaged term table.');
  }
  state._documentCount = header.documentCount;
  state._nextId = header.nextId;
  state._dirtCount = header.dirtCount;
  state._avgFieldLength = header.averageFieldLength;
  return index;
}

/** A growing byte buffer for varints. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  pair(first: number, second: number): void {
    this.varint(first);
    this.varint(second);
  }

  copy(source: Uint8Array): void {
    this.reserve(source.length);
    this.buffer.set(source, this.length);
    this.length += source.length;
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private varint(value: number): void {
    // Readers decode with 32-bit shifts (see forEachPair), which hold four varint bytes.
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** 28) {
      throw new RangeError(`A search posting value is out of range: ${value}`);
    }
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
