import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { FileUnreadableError, NewerVersionFileError, StoreNotReadError } from './fileStoreErrors';
import { errorText } from '../../shared/app/errorText';

export { FileUnreadableError, NewerVersionFileError, StoreNotReadError } from './fileStoreErrors';

export type LoadResult<T> =
  | { status: 'loaded'; value: T }
  | { status: 'missing'; value: T }
  | { status: 'corrupt'; value: T; movedTo: string; reason: string };

/** The file operations the store uses; tests pass fakes to make them fail on cue. */
export interface JsonStoreFs {
  readFile(filePath: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  mkdir(folder: string): Promise<unknown>;
  /** Temp file, fsync, rename. */
  writeAtomic(filePath: string, text: string): Promise<void>;
  /** Makes a rename in `folder` survive a power cut. */
  syncFolder(folder: string): Promise<void>;
}

export interface RetryPolicy {
  attempts: number;
  delayMs(attempt: number): number;
  sleep(ms: number): Promise<void>;
}

export interface JsonFileStoreOptions {
  now?: () => Date;
  fs?: JsonStoreFs;
  platform?: NodeJS.Platform;
  retry?: RetryPolicy;
  /** The file format this build writes; defaults to the fallback's `version` when it has one. */
  currentVersion?: number;
}

export const realJsonStoreFs: JsonStoreFs = {
  readFile: (filePath) => readFile(filePath, 'utf8'),
  rename,
  mkdir: (folder) => mkdir(folder, { recursive: true }),
  writeAtomic: (filePath, text) => writeFileAtomic(filePath, text, { mode: 0o600, fsync: true }),
  async syncFolder(folder) {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** Five tries over about 1.5 s: long enough for a virus scanner or an indexer to let go of a file. */
export const defaultRetry: RetryPolicy = {
  attempts: 5,
  delayMs: (attempt) => 100 * 2 ** (attempt - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Errors that mean "busy or locked right now" (Windows reports a held file as EPERM or EBUSY). */
const TRANSIENT_WRITE_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

async function withRetries<T>(
  retry: RetryPolicy,
  run: () => Promise<T>,
  isTransient: (e: unknown) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= retry.attempts || !isTransient(error)) throw error;
      await retry.sleep(retry.delayMs(attempt));
    }
  }
}

/**
 * A JSON file validated by a schema on every read and written atomically (temp file, fsync,
 * rename, then the folder synced). Nothing the person saved is ever written over by accident:
 * - a file that fails to parse is moved aside with a timestamp, so the user can be told;
 * - a file that cannot be read (locked, no permission, disk error) is retried, then reported,
 *   and the store refuses to save until a read succeeds, so defaults never replace it;
 * - a file written by a newer version is refused as such, neither moved aside nor written over.
 */
export function createJsonFileStore<S extends z.ZodType>(
  filePath: string,
  schema: S,
  fallback: () => z.infer<S>,
  nowOrOptions: (() => Date) | JsonFileStoreOptions = {},
) {
  const options = typeof nowOrOptions === 'function' ? { now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? (() => new Date());
  const fs = options.fs ?? realJsonStoreFs;
  const platform = options.platform ?? process.platform;
  const retry = options.retry ?? defaultRetry;
  const fallbackVersion = (fallback() as { version?: unknown } | null)?.version;
  const currentVersion =
    options.currentVersion ?? (typeof fallbackVersion === 'number' ? fallbackVersion : undefined);
  const name = path.basename(filePath);
  let readSucceeded = false;

  async function readText(): Promise<string | null> {
    try {
      return await withRetries(
        retry,
        () => fs.readFile(filePath),
        (error) => errorCode(error) !== 'ENOENT',
      );
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw new FileUnreadableError(name, errorCode(error), error);
    }
  }

  async function load(): Promise<LoadResult<z.infer<S>>> {
    const text = await readText();
    if (text === null) {
      readSucceeded = true;
      return { status: 'missing', value: fallback() };
    }
    const parsed = parseJson(text);
    const version = parsed.ok ? (parsed.value as { version?: unknown } | null)?.version : undefined;
    if (currentVersion !== undefined && typeof version === 'number' && version > currentVersion)
      throw new NewerVersionFileError(name, version, currentVersion);
    const result = parsed.ok
      ? schema.safeParse(parsed.value)
      : { success: false as const, error: parsed.error };
    if (result.success) {
      readSucceeded = true;
      return { status: 'loaded', value: result.data };
    }
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const movedTo = `${filePath}.corrupt-${stamp}`;
    await fs.rename(filePath, movedTo);
    readSucceeded = true;
    const reason = errorText(result.error);
    return { status: 'corrupt', value: fallback(), movedTo, reason };
  }

  async function save(value: z.infer<S>): Promise<void> {
    if (!readSucceeded) throw new StoreNotReadError(name);
    const checked = schema.parse(value);
    const folder = path.dirname(filePath);
    await fs.mkdir(folder);
    await withRetries(
      retry,
      () => fs.writeAtomic(filePath, `${JSON.stringify(checked, null, 2)}\n`),
      (error) => TRANSIENT_WRITE_CODES.has(errorCode(error) ?? ''),
    );
    // Windows cannot open a folder to sync it; NTFS journals the rename itself.
    if (platform !== 'win32') await fs.syncFolder(folder);
  }

  return { load, save, filePath, hasRead: () => readSucceeded };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: Error } {
  try {
    // Drop prototype-polluting keys before the schema sees the data.
    const value: unknown = JSON.parse(text, (key, v: unknown) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : v,
    );
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
