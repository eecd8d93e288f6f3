/** Only web pages and e-mail addresses may leave the app, and only through the system's own handler. */
const allowedProtocols = new Set(['https:', 'mailto:']);

export function isSafeExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(url.protocol)) return false;
  if (url.protocol === 'https:' && (url.hostname === '' || url.username !== '' || url.password !== ''))
    return false;
  // The parser repairs `https:///host` and `https:\\host`, but the raw string is what reaches the OS.
  if (url.protocol === 'https:' && !/^https:\/\/[^/\\]/i.test(candidate)) return false;
  return true;
}

export type OpenExternal = (url: string) => Promise<void>;

export async function openExternalSafely(url: unknown, open: OpenExternal): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await open(url);
  return true;
}
