import * as z from 'zod';
import { preparationDraftSchema, type Preparation } from '../../../shared/domain/preparationSchema';

/**
 * A copy of a preparation's unsaved text, kept in the page's own storage when the page goes away:
 * an IndexedDB write started as the page unloads may be dropped with it, a local storage write
 * happens at once, so the next open of the plan puts the last words back.
 */
const KEY_PREFIX = 'influence-journal:unsaved-preparation:';

const rescueSchema = z.object({ baseRevision: z.int().min(0), preparation: preparationDraftSchema });

export interface PreparationRescue {
  readonly baseRevision: number;
  readonly preparation: Preparation;
}

function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function keepUnsavedPreparation(rescue: PreparationRescue): void {
  try {
    pageStorage()?.setItem(KEY_PREFIX + rescue.preparation.id, JSON.stringify(rescue));
  } catch {
    // Full or refused: nothing more can be done as the page goes.
  }
}

export function forgetUnsavedPreparation(id: string): void {
  try {
    pageStorage()?.removeItem(KEY_PREFIX + id);
  } catch {
    // Nothing to forget where storage is refused.
  }
}

/** The kept copy, once (it is removed as it is read); a copy that fails the schema is dropped. */
export function takeUnsavedPreparation(id: string): PreparationRescue | null {
  let raw: string | null;
  try {
    raw = pageStorage()?.getItem(KEY_PREFIX + id) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  forgetUnsavedPreparation(id);
  try {
    const parsed = rescueSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.preparation.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}
