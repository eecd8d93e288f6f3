/** What "Save preparation" hands the preparation's page through the router's state, to confirm the save. */
export interface PreparationNotice {
  preparationMessage: string;
}

export function preparationNoticeOf(state: unknown): PreparationNotice | null {
  if (typeof state !== 'object' || state === null || !('preparationMessage' in state)) return null;
  const { preparationMessage } = state;
  return typeof preparationMessage === 'string' ? { preparationMessage } : null;
}
