/**
 * What a failure says, for a message a person reads: an Error's own message, or the thrown value
 * as text (a rejected promise may carry anything). The one place this is decided, so every
 * "could not save" line reads the same way.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    // An object whose toString throws still deserves a message rather than a second failure.
    return 'Unknown error';
  }
}
