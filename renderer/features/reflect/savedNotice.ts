/**
 * What "Save reflection" hands the entry page through the router's location state, so it can
 * confirm the save with a status message. Read from `unknown`: history state survives reloads.
 */
export interface SavedNotice {
  savedReflectionMessage: string;
}

export function savedNoticeOf(state: unknown): SavedNotice | null {
  if (typeof state !== 'object' || state === null || !('savedReflectionMessage' in state)) return null;
  const { savedReflectionMessage } = state;
  return typeof savedReflectionMessage === 'string' ? { savedReflectionMessage } : null;
}
