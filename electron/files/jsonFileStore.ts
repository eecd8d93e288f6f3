import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';

export type LoadResult<T> =
  | { status: 'loaded'; value: T }
  | { status: 'missing'; value: T }
  | { status: 'corrupt'; value: T; movedTo: string; reason: string };

/**
 * A JSON file validated by a schema on every read and written atomically
 * (temp file, fsync, rename). A file that fails to parse is moved aside with a
 * timestamp instead of being overwritten, so the user can be told and nothing is lost.
 */
export function createJsonFileStore<S extends z.ZodType>(
  filePath: string,
  schema: S,
  fallback: () => z.infer<S>,
  now: () => Date = () => new Date(),
) {
  async function load(): Promise<LoadResult<z.infer<S>>> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', value: fallback() };
      throw error;
    }
    const parsed = parseJson(text);
    const result = parsed.ok
      ? schema.safeParse(parsed.value)
      : { success: false as const, error: parsed.error };
    if (result.success) return { status: 'loaded', value: result.data };
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const movedTo = `${filePath}.corrupt-${stamp}`;
    await rename(filePath, movedTo);
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    return { status: 'corrupt', value: fallback(), movedTo, reason };
  }

  async function save(value: z.infer<S>): Promise<void> {
    const checked = schema.parse(value);
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFileAtomic(filePath, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600, fsync: true });
  }

  return { load, save, filePath };
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
