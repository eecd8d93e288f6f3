import { Inflate, strFromU8 } from 'fflate';
import { formatCount } from '../domain/validationMessages';
import { ImportFileError } from './importErrors';

/**
 * Reading a zip from outside without trusting it. The central directory is read here (it is the
 * list a zip tool trusts) and each wanted entry is inflated by fflate's streaming Inflate a small
 * slice at a time, so an entry that inflates to more than its header declared is stopped within
 * one slice rather than after it has filled the memory. Since the declared sizes are checked
 * against the limits first, holding every entry to its declared size holds it to the limits too.
 */
export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxEntryBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 200 * MB,
  maxEntryBytes: 50 * MB,
};

export interface ZipEntry {
  /** The base name only: folders inside the zip never matter, since nothing is written to disk. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UnzipOptions {
  readonly limits?: Partial<ZipLimits>;
  /** Which entries to inflate, by base name; the others are counted but never inflated or sized. */
  readonly include?: (name: string) => boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
// At most about 1,032 inflated bytes per compressed byte, so one slice can never become more than ~17 MB.
const INFLATE_SLICE = 16 * 1024;
const STORED = 0;
const DEFLATED = 8;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** Names inside a zip are whatever its maker wrote, so a message shows at most 80 characters of one. */
function shown(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

function damaged(detail: string): ImportFileError {
  return new ImportFileError(`This zip file is damaged or unsafe: ${detail}.`);
}

function sizeInWords(bytes: number): string {
  return bytes >= MB
    ? `${formatCount(Math.round(bytes / MB))} MB`
    : `${formatCount(Math.round(bytes / 1024))} KB`;
}

class Reader {
  constructor(private readonly bytes: Uint8Array) {}

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw damaged('it ends in the middle of a header');
    return (this.bytes[at] ?? 0) | ((this.bytes[at + 1] ?? 0) << 8);
  }

  u32(at: number): number {
    return (this.u16(at) | (this.u16(at + 2) << 16)) >>> 0;
  }

  slice(at: number, length: number): Uint8Array {
    if (at < 0 || length < 0 || at + length > this.bytes.length)
      throw damaged('an entry lies beyond its end');
    return this.bytes.subarray(at, at + length);
  }
}

function findEndOfDirectory(reader: Reader, length: number): number {
  const lowest = Math.max(0, length - END_RECORD_LENGTH - MAX_COMMENT_LENGTH);
  for (let at = length - END_RECORD_LENGTH; at >= lowest; at -= 1) {
    if (reader.u32(at) === END_OF_DIRECTORY) return at;
  }
  throw damaged('its table of contents is missing (the file may be cut short)');
}

interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? '';
}

function readDirectory(reader: Reader, length: number, limits: ZipLimits): DirectoryEntry[] {
  const end = findEndOfDirectory(reader, length);
  const declaredCount = reader.u16(end + 10);
  const directoryOffset = reader.u32(end + 16);
  if (declaredCount === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportFileError('This zip file uses ZIP64, which the app cannot read; zip the export again.');
  }
  if (declaredCount > limits.maxEntries) {
    throw damaged(
      `it holds ${formatCount(declaredCount)} files, more than ${formatCount(limits.maxEntries)}`,
    );
  }
  const entries: DirectoryEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < declaredCount; index += 1) {
    if (reader.u32(at) !== CENTRAL_HEADER) throw damaged('its table of contents is broken');
    const flags = reader.u16(at + 8);
    const nameLength = reader.u16(at + 28);
    const nameBytes = reader.slice(at + 46, nameLength);
    // Bit 11 says UTF-8; older tools wrote names in a DOS code page, read here byte for byte.
    const path = strFromU8(nameBytes, (flags & 0x800) === 0);
    if ((flags & 1) !== 0) {
      throw new ImportFileError(
        `This zip file is password-protected (“${shown(baseName(path))}”); unzip it first.`,
      );
    }
    entries.push({
      name: baseName(path),
      method: reader.u16(at + 10),
      compressedSize: reader.u32(at + 20),
      size: reader.u32(at + 24),
      localOffset: reader.u32(at + 42),
    });
    at += 46 + nameLength + reader.u16(at + 30) + reader.u16(at + 32);
  }
  return entries.filter((entry) => entry.name !== '');
}

function checkDeclaredSizes(entries: readonly DirectoryEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes) {
      throw damaged(`“${shown(entry.name)}” would unpack to more than ${sizeInWords(limits.maxEntryBytes)}`);
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw damaged(`its files would unpack to more than ${sizeInWords(limits.maxTotalBytes)} in all`);
    }
  }
}

function inflateCounted(name: string, compressed: Uint8Array, declaredSize: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > declaredSize) throw damaged(`“${shown(name)}” unpacks to more than its header says`);
    chunks.push(chunk);
  });
  for (let at = 0; at < compressed.length || at === 0; at += INFLATE_SLICE) {
    const slice = compressed.subarray(at, at + INFLATE_SLICE);
    try {
      inflater.push(slice, at + INFLATE_SLICE >= compressed.length);
    } catch (cause) {
      if (cause instanceof ImportFileError) throw cause;
      throw damaged(`“${shown(name)}” cannot be unpacked`);
    }
  }
  if (produced !== declaredSize) throw damaged(`“${shown(name)}” is shorter than its header says`);
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function readEntry(reader: Reader, entry: DirectoryEntry): Uint8Array {
  if (reader.u32(entry.localOffset) !== LOCAL_HEADER) throw damaged(`“${shown(entry.name)}” has no header`);
  const dataStart =
    entry.localOffset + 30 + reader.u16(entry.localOffset + 26) + reader.u16(entry.localOffset + 28);
  const compressed = reader.slice(dataStart, entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw damaged(`“${shown(entry.name)}” has inconsistent sizes`);
    return compressed.slice();
  }
  if (entry.method !== DEFLATED) {
    throw new ImportFileError(
      `This zip file packs “${shown(entry.name)}” in a way the app cannot read; zip it again.`,
    );
  }
  return inflateCounted(entry.name, compressed, entry.size);
}

/**
 * The wanted entries of a zip, inflated within the limits: the number of entries, each entry's
 * size and the total, checked from the headers and again, byte by byte, while inflating.
 */
export function unzipLimited(bytes: Uint8Array, options: UnzipOptions = {}): ZipEntry[] {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const include = options.include ?? (() => true);
  const reader = new Reader(bytes);
  const wanted = readDirectory(reader, bytes.length, limits).filter((entry) => include(entry.name));
  checkDeclaredSizes(wanted, limits);
  return wanted.map((entry) => ({ name: entry.name, bytes: readEntry(reader, entry) }));
}
