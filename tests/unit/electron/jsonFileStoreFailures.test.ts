import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createJsonFileStore,
  FileUnreadableError,
  NewerVersionFileError,
  StoreNotReadError,
  type JsonStoreFs,
} from '../../../electron/files/jsonFileStore';

const schema = z.strictObject({ version: z.literal(1), name: z.string() });
const fallback = () => ({ version: 1 as const, name: 'default' });
const filePath = '/data/journal-files/settings.json';

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A file system in memory that records every call and fails the ones a test scripts. */
function fakeFs(initial: string | null) {
  const calls: string[] = [];
  const files = new Map<string, string>(initial === null ? [] : [[filePath, initial]]);
  const failures: Record<'read' | 'write', string[]> = { read: [], write: [] };
  const fs: JsonStoreFs = {
    async readFile(file) {
      calls.push('read');
      const code = failures.read.shift();
      if (code) throw fsError(code);
      const text = files.get(file);
      if (text === undefined) throw fsError('ENOENT');
      return text;
    },
    async rename(from, to) {
      calls.push('rename');
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
    async mkdir() {
      calls.push('mkdir');
    },
    async writeAtomic(file, text) {
      calls.push('write');
      const code = failures.write.shift();
      if (code) throw fsError(code);
      files.set(file, text);
    },
    async syncFolder(folder) {
      calls.push(`sync ${folder}`);
    },
  };
  return { fs, files, calls, failures };
}

function open(fake: ReturnType<typeof fakeFs>, platform: NodeJS.Platform = 'linux') {
  const sleeps: number[] = [];
  const store = createJsonFileStore(filePath, schema, fallback, {
    fs: fake.fs,
    platform,
    retry: { attempts: 4, delayMs: (attempt) => 10 * attempt, sleep: async (ms) => void sleeps.push(ms) },
  });
  return { store, sleeps };
}

const saved = JSON.stringify({ version: 1, name: 'Ada' });

describe('a JSON file store that never loses a file', () => {
  it.each(['EACCES', 'EBUSY', 'EPERM', 'EIO'])(
    'retries a read that fails with %s, then reports it and refuses to save over the file',
    async (code) => {
      const fake = fakeFs(saved);
      fake.failures.read.push(code, code, code, code);
      const { store, sleeps } = open(fake);
      const failure = store.load();
      await expect(failure).rejects.toBeInstanceOf(FileUnreadableError);
      await expect(failure).rejects.toThrow(`settings.json could not be read (${code})`);
      expect(fake.calls.filter((call) => call === 'read')).toHaveLength(4);
      expect(sleeps).toEqual([10, 20, 30]);
      await expect(store.save(fallback())).rejects.toBeInstanceOf(StoreNotReadError);
      expect(fake.calls).not.toContain('write');
      expect(fake.calls).not.toContain('rename');
      expect(fake.files.get(filePath)).toBe(saved);
    },
  );

  it('reads the file once it can be read again, and may save from then on', async () => {
    const fake = fakeFs(saved);
    fake.failures.read.push('EBUSY');
    const { store } = open(fake);
    await expect(store.load()).resolves.toEqual({ status: 'loaded', value: { version: 1, name: 'Ada' } });
    await store.save({ version: 1, name: 'Grace' });
    expect(JSON.parse(fake.files.get(filePath) ?? '')).toEqual({ version: 1, name: 'Grace' });
  });

  it('refuses to save before any read, so defaults never replace a file nobody has looked at', async () => {
    const fake = fakeFs(saved);
    const { store } = open(fake);
    await expect(store.save(fallback())).rejects.toThrow('has not been read successfully');
    expect(fake.files.get(filePath)).toBe(saved);
  });

  it('refuses a file made by a newer version without moving it aside or writing over it', async () => {
    const newer = JSON.stringify({ version: 2, name: 'Ada', somethingNew: true });
    const fake = fakeFs(newer);
    const { store } = open(fake);
    const failure = store.load();
    await expect(failure).rejects.toBeInstanceOf(NewerVersionFileError);
    await expect(failure).rejects.toThrow('made by a newer version of Influence Journal');
    expect(fake.calls).not.toContain('rename');
    await expect(store.save(fallback())).rejects.toBeInstanceOf(StoreNotReadError);
    expect(fake.files.get(filePath)).toBe(newer);
  });

  it('still moves a file of this version that fails the schema aside', async () => {
    const fake = fakeFs(JSON.stringify({ version: 1, name: 42 }));
    const { store } = open(fake);
    await expect(store.load()).resolves.toMatchObject({ status: 'corrupt' });
    expect(fake.calls).toContain('rename');
  });

  it.each(['EPERM', 'EBUSY'])(
    'retries a write that Windows refuses with %s, with a growing wait',
    async (code) => {
      const fake = fakeFs(null);
      fake.failures.write.push(code, code);
      const { store, sleeps } = open(fake, 'win32');
      await store.load();
      await store.save({ version: 1, name: 'Ada' });
      expect(fake.calls.filter((call) => call === 'write')).toHaveLength(3);
      expect(sleeps).toEqual([10, 20]);
      expect(JSON.parse(fake.files.get(filePath) ?? '')).toEqual({ version: 1, name: 'Ada' });
    },
  );

  it('gives up after the last try and says why', async () => {
    const fake = fakeFs(null);
    fake.failures.write.push('EPERM', 'EPERM', 'EPERM', 'EPERM');
    const { store } = open(fake);
    await store.load();
    await expect(store.save({ version: 1, name: 'Ada' })).rejects.toThrow('EPERM');
    expect(fake.calls.filter((call) => call === 'write')).toHaveLength(4);
  });

  it('does not retry a write that cannot succeed (a full disk)', async () => {
    const fake = fakeFs(null);
    fake.failures.write.push('ENOSPC');
    const { store, sleeps } = open(fake);
    await store.load();
    await expect(store.save({ version: 1, name: 'Ada' })).rejects.toThrow('ENOSPC');
    expect(sleeps).toEqual([]);
  });

  it('syncs the folder after the rename, except on Windows where a folder cannot be opened', async () => {
    const linux = fakeFs(null);
    const onLinux = open(linux).store;
    await onLinux.load();
    await onLinux.save({ version: 1, name: 'Ada' });
    expect(linux.calls.slice(-2)).toEqual(['write', 'sync /data/journal-files']);

    const windows = fakeFs(null);
    const onWindows = open(windows, 'win32').store;
    await onWindows.load();
    await onWindows.save({ version: 1, name: 'Ada' });
    expect(windows.calls.at(-1)).toBe('write');
    expect(windows.calls.some((call) => call.startsWith('sync'))).toBe(false);
  });
});
