import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { backupFileName, backupFileNamePattern } from '../../shared/backup/backupHeader';
import { planRotation } from '../../shared/backup/backupRotation';
import {
  BACKUP_CHUNK_MAX_BYTES,
  type BackupBeginRequest,
  type BackupCommitResult,
  type BackupEntry,
  type BackupList,
  type BackupReadResult,
} from '../../shared/ipc/backupContract';
import {
  readHeaderOf,
  readPiece,
  realBackupFs,
  verifyBackupFile,
  type BackupFs,
  type FileHandleLike,
} from './backupFiles';
import { describeFileError } from '../files/describeFileError';

export interface BackupServiceDeps {
  /** The folder backups go to now: the person's choice, or `backups/` in the data folder. */
  folder(): Promise<string>;
  fs?: BackupFs;
  timeZone(): string;
  log(message: string, detail?: unknown): void;
  /** 32 hexadecimal digits naming one write. */
  newWriteId?: () => string;
}

interface OpenWrite {
  readonly writeId: string;
  readonly folder: string;
  readonly name: string;
  readonly tempPath: string;
  readonly totalBytes: number;
  readonly handle: FileHandleLike;
  written: number;
  busy: boolean;
}

export function describeBackupError(error: unknown): string {
  return describeFileError(error, 'the backup folder');
}

/**
 * Backups in a folder: written in pieces to a temp file beside the others, flushed to disk, read
 * back and checked, and only then renamed to their name, so a crash or a failed write at any
 * step leaves every earlier backup as it was. Rotation runs after that, never before.
 */
export function createBackupService(deps: BackupServiceDeps) {
  const fs = deps.fs ?? realBackupFs;
  const newWriteId = deps.newWriteId ?? (() => randomBytes(16).toString('hex'));
  let current: OpenWrite | null = null;

  async function discard(write: OpenWrite): Promise<void> {
    if (current === write) current = null;
    await write.handle.close().catch(() => undefined);
    await fs
      .unlink(write.tempPath)
      .catch((error: unknown) => deps.log('Could not remove a backup temp file', error));
  }

  function openWrite(writeId: string): OpenWrite {
    if (current === null || current.writeId !== writeId) {
      throw new Error('This backup is no longer being written (another one started, or it ended).');
    }
    if (current.busy) throw new Error('A piece of this backup is still being written.');
    return current;
  }

  /** Runs one step of a write; any failure removes the temp file and ends the write. */
  async function step<T>(write: OpenWrite, run: () => Promise<T>): Promise<T> {
    write.busy = true;
    try {
      return await run();
    } catch (error) {
      await discard(write);
      throw new Error(`The backup could not be written: ${describeBackupError(error)}.`, { cause: error });
    } finally {
      write.busy = false;
    }
  }

  async function freeName(folder: string, createdAt: string): Promise<string> {
    const names = new Set(await fs.readdir(folder));
    const base = backupFileName(createdAt);
    if (!names.has(base)) return base;
    for (let serial = 1; ; serial += 1) {
      const name = base.replace(/\.json$/, `-${serial}.json`);
      if (!names.has(name)) return name;
    }
  }

  async function entryOf(folder: string, name: string): Promise<BackupEntry> {
    const filePath = path.join(folder, name);
    try {
      const [sizeBytes, reading] = await Promise.all([fs.size(filePath), readHeaderOf(fs, filePath)]);
      if (!reading.ok) {
        return { name, sizeBytes, createdAt: null, appVersion: null, counts: null, problem: reading.reason };
      }
      const { createdAt, appVersion, counts } = reading.header;
      return { name, sizeBytes, createdAt, appVersion, counts };
    } catch (error) {
      return {
        name,
        sizeBytes: 0,
        createdAt: null,
        appVersion: null,
        counts: null,
        problem: describeBackupError(error),
      };
    }
  }

  async function list(): Promise<BackupList> {
    const folder = await deps.folder();
    let names: string[];
    try {
      names = (await fs.readdir(folder)).filter((name) => backupFileNamePattern.test(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return { folder, backups: [] };
      throw new Error(`The backups could not be listed: ${describeBackupError(error)}.`, { cause: error });
    }
    const entries = await Promise.all(names.map((name) => entryOf(folder, name)));
    entries.sort(
      (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.name.localeCompare(a.name),
    );
    return { folder, backups: entries.slice(0, 1000) };
  }

  async function rotate(folder: string, newest: string): Promise<string[]> {
    const { backups } = await list();
    const doomed = planRotation({
      backups: backups.map(({ name, createdAt, problem }) => ({
        name,
        createdAt: createdAt ?? '',
        readable: problem === undefined && createdAt !== null,
      })),
      newestVerified: newest,
      timeZone: deps.timeZone(),
    });
    const deleted: string[] = [];
    for (const name of doomed) {
      try {
        await fs.unlink(path.join(folder, name));
        deleted.push(name);
      } catch (error) {
        deps.log(`Could not remove the old backup ${name}`, error);
      }
    }
    return deleted;
  }

  return {
    list,

    async begin({ header, totalBytes }: BackupBeginRequest): Promise<{ writeId: string }> {
      // One page writes backups; a write it never finished (a reload, a crash) is dropped.
      if (current !== null) await discard(current);
      const folder = await deps.folder();
      try {
        await fs.mkdir(folder);
        const name = await freeName(folder, header.createdAt);
        const writeId = newWriteId();
        const tempPath = path.join(folder, `.${name}.${writeId}.tmp`);
        const handle = await fs.open(tempPath, 'wx');
        current = { writeId, folder, name, tempPath, totalBytes, handle, written: 0, busy: false };
        return { writeId };
      } catch (error) {
        throw new Error(`The backup could not be started in ${folder}: ${describeBackupError(error)}.`, {
          cause: error,
        });
      }
    },

    async append({ writeId, chunk }: { writeId: string; chunk: Uint8Array }): Promise<null> {
      const write = openWrite(writeId);
      if (chunk.byteLength > BACKUP_CHUNK_MAX_BYTES || write.written + chunk.byteLength > write.totalBytes) {
        await discard(write);
        throw new Error('The backup is larger than announced, so it was not kept.');
      }
      await step(write, async () => {
        await write.handle.write(chunk);
        write.written += chunk.byteLength;
      });
      return null;
    },

    async commit({ writeId }: { writeId: string }): Promise<BackupCommitResult> {
      const write = openWrite(writeId);
      if (write.written !== write.totalBytes) {
        await discard(write);
        throw new Error('The backup is incomplete, so it was not kept.');
      }
      const finalPath = path.join(write.folder, write.name);
      await step(write, async () => {
        await write.handle.sync();
        await write.handle.close();
        const check = await verifyBackupFile(fs, write.tempPath);
        if (!check.ok) throw new Error(`it did not read back as written (${check.reason})`);
        await fs.rename(write.tempPath, finalPath);
        current = null;
        await fs.syncFolder(write.folder);
      });
      const deleted = await rotate(write.folder, write.name);
      return { entry: await entryOf(write.folder, write.name), deleted };
    },

    async abort({ writeId }: { writeId: string }): Promise<null> {
      if (current !== null && current.writeId === writeId) await discard(current);
      return null;
    },

    async read({ name, offset }: { name: string; offset: number }): Promise<BackupReadResult> {
      const folder = await deps.folder();
      try {
        return await readPiece(fs, path.join(folder, name), offset, BACKUP_CHUNK_MAX_BYTES);
      } catch (error) {
        throw new Error(`The backup ${name} could not be read: ${describeBackupError(error)}.`, {
          cause: error,
        });
      }
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
