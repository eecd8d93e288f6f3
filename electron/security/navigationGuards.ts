import { isSafeExternalUrl, type OpenExternal } from './externalUrls';

/** Compares whole origins: a prefix test would let `app://journal.evil/` through. */
export function isAppOrigin(url: string, appOrigin: string): boolean {
  try {
    const parsed = new URL(url);
    // Node's URL gives non-special schemes such as app: the opaque origin "null", so rebuild it.
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationGuardTarget {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Keeps the window on the app's own origin; allowed external links open in the system browser. */
export function createNavigationGuards(appOrigin: string, openExternal: OpenExternal) {
  const onWillNavigate = (event: PreventableEvent, url: string): void => {
    if (isAppOrigin(url, appOrigin)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) void openExternal(url);
  };
  const onWillRedirect = (event: PreventableEvent, url: string): void => {
    if (!isAppOrigin(url, appOrigin)) event.preventDefault();
  };
  const windowOpenHandler = ({ url }: { url: string }): { action: 'deny' } => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  };
  return { onWillNavigate, onWillRedirect, windowOpenHandler };
}

export function installNavigationGuards(
  contents: NavigationGuardTarget,
  appOrigin: string,
  openExternal: OpenExternal,
): void {
  const guards = createNavigationGuards(appOrigin, openExternal);
  contents.on('will-navigate', guards.onWillNavigate);
  contents.on('will-redirect', guards.onWillRedirect);
  contents.setWindowOpenHandler(guards.windowOpenHandler);
}
