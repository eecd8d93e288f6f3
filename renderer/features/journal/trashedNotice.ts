/**
 * What the entry page hands the Journal page after "Delete", through the router's location
 * state, so the Journal can offer Undo. Read from `unknown`: history state survives reloads.
 */
export interface TrashedNotice {
  trashedReflectionId: string;
}

export function trashedNoticeOf(state: unknown): TrashedNotice | null {
  if (typeof state !== 'object' || state === null || !('trashedReflectionId' in state)) return null;
  const { trashedReflectionId } = state;
  return typeof trashedReflectionId === 'string' ? { trashedReflectionId } : null;
}
