/** What a merge or delete said it did, carried to the page it lands on in the history state. */
export function personNoticeOf(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('personNotice' in state)) return '';
  return typeof state.personNotice === 'string' ? state.personNotice : '';
}
