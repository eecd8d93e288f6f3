import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJsonFileStore } from '../../../electron/files/jsonFileStore';

const settingsSchema = z.object({ name: z.string(), count: z.number().int().min(0) });
type Settings = z.infer<typeof settingsSchema>;
const fallback = (): Settings => ({ name: 'default', count: 0 });
const fixedNow = () => new Date('2024-03-05T06:07:08.009Z');
const expectedStamp = '2024-03-05T06-07-08-009Z';

let dir = '';
let filePath = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ij-store-'));
  filePath = path.join(dir, 'nested', 'settings.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const store = () => createJsonFileStore(filePath, settingsSchema, fallback, fixedNow);

/** A store that has read its file (here: found none), so it may save. */
async function readStore() {
  const opened = store();
  await opened.load();
  return opened;
}

async function writeRaw(text: string): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFile(filePath, text, 'utf8');
}

describe('createJsonFileStore', () => {
  it('loads back exactly what it saved', async () => {
    await (await readStore()).save({ name: 'Ada', count: 3 });
    await expect(store().load()).resolves.toEqual({ status: 'loaded', value: { name: 'Ada', count: 3 } });
  });

  it('reports a missing file and returns the fallback', async () => {
    await expect(store().load()).resolves.toEqual({ status: 'missing', value: fallback() });
  });

  it.each([
    ['invalid JSON', '{"name": "Ada", "count": '],
    ['JSON that fails the schema', '{"name": "Ada", "count": -1}'],
    ['an empty file', ''],
  ])('moves %s aside byte for byte and returns the fallback', async (_label, text) => {
    await writeRaw(text);
    const result = await store().load();
    expect(result).toMatchObject({
      status: 'corrupt',
      value: fallback(),
      movedTo: `${filePath}.corrupt-${expectedStamp}`,
    });
    if (result.status !== 'corrupt') throw new Error('expected a corrupt result');
    expect(result.reason.length).toBeGreaterThan(0);
    expect(await readFile(result.movedTo)).toEqual(Buffer.from(text, 'utf8'));
    expect(await readdir(path.dirname(filePath))).toEqual([path.basename(result.movedTo)]);
  });

  it('drops __proto__ keys so loading cannot pollute Object.prototype', async () => {
    const looseSchema = z.record(z.string(), z.unknown());
    const loose = createJsonFileStore(filePath, looseSchema, () => ({}), fixedNow);
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(
      filePath,
      '{"name": "Ada", "__proto__": {"polluted": "yes"}, "nested": {"__proto__": {"polluted": "yes"}}}',
    );
    const result = await loose.load();
    expect(result.status).toBe('loaded');
    expect(result.value).toEqual({ name: 'Ada', nested: {} });
    expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.value as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to save a value that fails the schema and leaves the previous file intact', async () => {
    const opened = await readStore();
    await opened.save({ name: 'Ada', count: 3 });
    const before = await readFile(filePath);
    await expect(opened.save({ name: 'Ada', count: -5 })).rejects.toThrow();
    expect(await readFile(filePath)).toEqual(before);
    await expect(store().load()).resolves.toEqual({ status: 'loaded', value: { name: 'Ada', count: 3 } });
  });

  const hasPosixModes = process.platform !== 'win32';
  if (!hasPosixModes) console.log('Skipping the file-mode test: Windows has no POSIX file modes.');
  it.runIf(hasPosixModes)('saves the file readable by its owner only (0o600)', async () => {
    await (await readStore()).save({ name: 'Ada', count: 3 });
    expect((await stat(filePath)).mode & 0o777).toBe(0o600);
  });
});
