import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { looksLikeZip, unzipLimited, type UnzipOptions } from '../../../../shared/data/unzipLimited';

const KB = 1024;
const MB = 1024 * KB;

function failure(bytes: Uint8Array, options?: UnzipOptions): ImportFileError {
  try {
    unzipLimited(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return error as ImportFileError;
  }
  throw new Error('expected unzipLimited to throw');
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of every record with this signature; fflate writes no comments, so none are false hits. */
function firstOffsetOf(bytes: Uint8Array, signature: number): number {
  const [first] = offsetsOf(bytes, signature);
  if (first === undefined) throw new Error(`no record ${signature.toString(16)}`);
  return first;
}

function offsetsOf(bytes: Uint8Array, signature: number): number[] {
  const found: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 1) {
    if (view(bytes).getUint32(at, true) === signature) found.push(at);
  }
  return found;
}

/** Rewrites the declared uncompressed size in the local and central headers, as a zip bomb's author would. */
function lieAboutSizes(zip: Uint8Array, declared: number): Uint8Array {
  const copy = zip.slice();
  for (const at of offsetsOf(copy, 0x04034b50)) view(copy).setUint32(at + 22, declared, true);
  for (const at of offsetsOf(copy, 0x02014b50)) view(copy).setUint32(at + 24, declared, true);
  return copy;
}

describe('unzipLimited', () => {
  it('returns entries by base name, ignores folders and keeps only what is asked for', () => {
    const zip = zipSync({
      'Journal.json': strToU8('{"entries":[]}'),
      photos: { 'abc.jpeg': new Uint8Array([1, 2, 3]) },
      '../../outside/Work.json': strToU8('{"entries":[1]}'),
    } satisfies Zippable);
    expect(looksLikeZip(zip)).toBe(true);
    const all = unzipLimited(zip);
    expect(all.map((entry) => entry.name).sort()).toEqual(['Journal.json', 'Work.json', 'abc.jpeg']);
    const json = unzipLimited(zip, { include: (name) => name.endsWith('.json') });
    expect(json.map((entry) => [entry.name, strFromU8(entry.bytes)])).toEqual([
      ['Journal.json', '{"entries":[]}'],
      ['Work.json', '{"entries":[1]}'],
    ]);
  });

  it('reads stored (uncompressed) entries too', () => {
    const zip = zipSync({ 'a.json': strToU8('[1,2,3]') }, { level: 0 });
    expect(unzipLimited(zip).map((entry) => strFromU8(entry.bytes))).toEqual(['[1,2,3]']);
  });

  it('refuses more entries than the limit', () => {
    const files: Zippable = {};
    for (let i = 0; i < 6; i += 1) files[`f${i}.json`] = strToU8('{}');
    expect(failure(zipSync(files), { limits: { maxEntries: 5 } }).message).toBe(
      'This zip file is damaged or unsafe: it holds 6 files, more than 5.',
    );
    expect(unzipLimited(zipSync(files), { limits: { maxEntries: 6 } })).toHaveLength(6);
  });

  it('refuses an entry whose header declares more than the per-entry limit, before inflating it', () => {
    const zip = zipSync({ 'big.json': new Uint8Array(2 * MB) });
    expect(failure(zip, { limits: { maxEntryBytes: MB } }).message).toBe(
      'This zip file is damaged or unsafe: “big.json” would unpack to more than 1 MB.',
    );
  });

  it('refuses entries that together declare more than the total limit', () => {
    const zip = zipSync({ 'a.json': new Uint8Array(600 * KB), 'b.json': new Uint8Array(600 * KB) });
    expect(failure(zip, { limits: { maxTotalBytes: MB } }).message).toBe(
      'This zip file is damaged or unsafe: its files would unpack to more than 1 MB in all.',
    );
  });

  it('stops a zip bomb whose headers lie about its size while inflating it', () => {
    const zeros = new Uint8Array(8 * MB);
    const honest = zipSync({ 'bomb.json': zeros }, { level: 9 });
    expect(honest.length).toBeLessThan(64 * KB);
    const bomb = lieAboutSizes(honest, 1_000);
    expect(failure(bomb, { limits: { maxEntryBytes: 64 * KB, maxTotalBytes: 64 * KB } }).message).toBe(
      'This zip file is damaged or unsafe: “bomb.json” unpacks to more than its header says.',
    );
    // With the default limits the same lie is caught as well: the check follows the header, not the limit.
    expect(failure(bomb).message).toContain('unpacks to more than its header says');
  }, 30_000);

  it('refuses an entry that unpacks to less than its header says', () => {
    const zip = lieAboutSizes(zipSync({ 'a.json': strToU8('{"a":1}') }), 100);
    expect(failure(zip).message).toBe(
      'This zip file is damaged or unsafe: “a.json” is shorter than its header says.',
    );
  });

  it('refuses a zip cut short', () => {
    const zip = zipSync({ 'a.json': strToU8('{"a":1}'.repeat(50)) });
    expect(failure(zip.subarray(0, zip.length - 30)).message).toBe(
      'This zip file is damaged or unsafe: its table of contents is missing (the file may be cut short).',
    );
  });

  it('refuses an entry whose compressed data is corrupt', () => {
    const zip = zipSync({ 'a.json': strToU8('{"hello":"world"}'.repeat(200)) }, { level: 9 });
    const local = firstOffsetOf(zip, 0x04034b50);
    const corrupt = zip.slice();
    corrupt[local + 30 + 'a.json'.length] = 0xff;
    corrupt[local + 31 + 'a.json'.length] = 0xff;
    expect(failure(corrupt).message).toMatch(/“a\.json” (cannot be unpacked|unpacks to more|is shorter)/);
  });

  it('refuses a password-protected zip', () => {
    const zip = zipSync({ 'secret.json': strToU8('{}') });
    const central = firstOffsetOf(zip, 0x02014b50);
    view(zip).setUint16(central + 8, view(zip).getUint16(central + 8, true) | 1, true);
    expect(failure(zip).message).toBe('This zip file is password-protected (“secret.json”); unzip it first.');
  });

  it('shows at most 80 characters of a name in a message', () => {
    const name = `${'n'.repeat(300)}.json`;
    const zip = zipSync({ [name]: new Uint8Array(2 * KB) });
    expect(failure(zip, { limits: { maxEntryBytes: KB } }).message).toBe(
      `This zip file is damaged or unsafe: “${'n'.repeat(80)}…” would unpack to more than 1 KB.`,
    );
  });

  it('does not mistake other files for zips', () => {
    expect(looksLikeZip(strToU8('{"format":"influence-journal"}'))).toBe(false);
    expect(looksLikeZip(new Uint8Array([0x50, 0x4b]))).toBe(false);
  });
});
