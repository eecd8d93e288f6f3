import * as z from 'zod';
import { reflectionDraftSchema, type Reflection } from '../../../shared/domain/reflectionSchema';

/**
 * A copy of a reflection's unsaved text, kept in the page's own storage when the page goes
 * away. An IndexedDB write started as the page unloads may be dropped with it; a local storage
 * write happens at once, so the next open of the reflection can put the last words back.
 */
const KEY_PREFIX = 'influence-journal:unsaved-reflection:';

const rescueSchema = z.object({
  baseRevision: z.int().min(0),
  reflection: reflectionDraftSchema,
});

export interface UnsavedRescue {
  /** The stored revision the text was typed on. */
  readonly baseRevision: number;
  readonly reflection: Reflection;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function pageStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage refused (a sandboxed or private context): the IndexedDB flush is all there is.
    return null;
  }
}

export function keepUnsaved(rescue: UnsavedRescue, storage: StorageLike | null = pageStorage()): void {
  try {
    storage?.setItem(KEY_PREFIX + rescue.reflection.id, JSON.stringify(rescue));
  } catch {
    // Full or refused: nothing more can be done as the page goes.
  }
}

export function forgetUnsaved(id: string, storage: StorageLike | null = pageStorage()): void {
  try {
    storage?.removeItem(KEY_PREFIX + id);
  } catch {
    // Nothing to forget where storage is refused.
  }
}

/** The kept copy for a reflection, once: it is removed as it is read. A copy that fails its schema is dropped. */
export function takeUnsaved(id: string, storage: StorageLike | null = pageStorage()): UnsavedRescue | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(KEY_PREFIX + id) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  forgetUnsaved(id, storage);
  try {
    const parsed = rescueSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.reflection.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}
