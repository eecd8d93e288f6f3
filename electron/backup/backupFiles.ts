import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { strToU8 } from 'fflate';
import { BACKUP_SUFFIX } from '../../shared/backup/backupFile';
import type { BackupHeader } from '../../shared/backup/backupHeader';
import { MAX_BACKUP_HEADER_BYTES, readBackupHeader } from '../../shared/backup/verifyBackup';

/** The part of a Node file handle the backup code uses. */
export interface FileHandleLike {
  write(data: Uint8Array): Promise<unknown>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file operations backups need; tests swap one for a failing fake to break a step on cue. */
export interface BackupFs {
  mkdir(folder: string): Promise<unknown>;
  open(filePath: string, flags: 'wx' | 'r'): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  size(filePath: string): Promise<number>;
  /** Makes a rename in `folder` survive a power cut (not possible on Windows, where NTFS journals it). */
  syncFolder(folder: string): Promise<void>;
}

export const realBackupFs: BackupFs = {
  mkdir: (folder) => mkdir(folder, { recursive: true }),
  open: (filePath, flags) => open(filePath, flags, 0o600),
  rename,
  unlink,
  readdir: (folder) => readdir(folder),
  size: async (filePath) => (await stat(filePath)).size,
  async syncFolder(folder) {
    if (process.platform === 'win32') return;
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** Read in pieces of this size, so checking a 100 MB backup never holds more than 1 MB of it. */
const READ_PIECE_BYTES = 1024 * 1024;

async function readAt(handle: FileHandleLike, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

export type HeaderResult =
  | { readonly ok: true; readonly header: BackupHeader; readonly prefixBytes: number }
  | { readonly ok: false; readonly reason: string };

/** The header from a backup's first line, without reading the journal after it. */
export async function readHeaderOf(fs: BackupFs, filePath: string): Promise<HeaderResult> {
  const handle = await fs.open(filePath, 'r');
  try {
    const start = await readAt(handle, 0, MAX_BACKUP_HEADER_BYTES);
    return readBackupHeader(new TextDecoder().decode(start));
  } finally {
    await handle.close();
  }
}

/**
 * Reads a written backup back from the disk in pieces: its header, its length, the SHA-256 of its
 * journal part against the header's, and its ending. The page made the checksum over exactly the
 * bytes it counted, so a match means the file on disk is the journal the page sent; parsing the
 * journal and comparing the counts happens in the page before a restore.
 */
export async function verifyBackupFile(fs: BackupFs, filePath: string): Promise<HeaderResult> {
  const reading = await readHeaderOf(fs, filePath);
  if (!reading.ok) return reading;
  const { header, prefixBytes } = reading;
  const suffix = strToU8(BACKUP_SUFFIX);
  const expected = prefixBytes + header.contentBytes + suffix.byteLength;
  const size = await fs.size(filePath);
  if (size !== expected) {
    return {
      ok: false,
      reason:
        size < expected
          ? 'it is cut short (the file is incomplete)'
          : 'it has more in it than its header says',
    };
  }
  const handle = await fs.open(filePath, 'r');
  try {
    const hash = createHash('sha256');
    const end = prefixBytes + header.contentBytes;
    for (let position = prefixBytes; position < end; position += READ_PIECE_BYTES) {
      hash.update(await readAt(handle, position, Math.min(READ_PIECE_BYTES, end - position)));
    }
    if (hash.digest('hex') !== header.sha256) {
      return { ok: false, reason: 'its checksum does not match: the file was changed or damaged' };
    }
    const ending = await readAt(handle, end, suffix.byteLength);
    if (!ending.every((byte, index) => byte === suffix[index]))
      return { ok: false, reason: 'its ending is damaged' };
  } finally {
    await handle.close();
  }
  return reading;
}

/** A piece of a backup for the page to read, from `offset`. */
export async function readPiece(
  fs: BackupFs,
  filePath: string,
  offset: number,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; totalBytes: number }> {
  const totalBytes = await fs.size(filePath);
  const handle = await fs.open(filePath, 'r');
  try {
    const bytes = await readAt(handle, offset, Math.max(0, Math.min(maxBytes, totalBytes - offset)));
    return { bytes, totalBytes };
  } finally {
    await handle.close();
  }
}
