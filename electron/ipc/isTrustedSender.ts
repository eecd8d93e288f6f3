import { isAppOrigin } from '../security/navigationGuards';

/** The part of an IPC event the check needs; `senderFrame` is null once the frame has navigated away or closed. */
export interface SenderLike {
  senderFrame: { url: string } | null;
}

/** Only the app's own page may call main; an injected frame or a navigated window may not. */
export function isTrustedSender(event: SenderLike, appOrigin: string): boolean {
  const frameUrl = event.senderFrame?.url;
  if (!frameUrl) return false;
  return isAppOrigin(frameUrl, appOrigin);
}
