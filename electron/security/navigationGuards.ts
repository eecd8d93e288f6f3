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

/**
 * Keeps every web contents on the app's own origin. Nothing outside it is opened, not even in
 * the system browser: no feature links out, so nothing may (add an exact allowlist if one does).
 */
export function createNavigationGuards(appOrigin: string) {
  const stayOnAppOrigin = (event: PreventableEvent, url: string): void => {
    if (!isAppOrigin(url, appOrigin)) event.preventDefault();
  };
  const windowOpenHandler = (_details: { url: string }): { action: 'deny' } => ({ action: 'deny' });
  return { onWillNavigate: stayOnAppOrigin, onWillRedirect: stayOnAppOrigin, windowOpenHandler };
}

/** Called once per web contents, from app's `web-contents-created` (which the main window's fires too). */
export function installNavigationGuards(contents: NavigationGuardTarget, appOrigin: string): void {
  const guards = createNavigationGuards(appOrigin);
  contents.on('will-navigate', guards.onWillNavigate);
  contents.on('will-redirect', guards.onWillRedirect);
  contents.setWindowOpenHandler(guards.windowOpenHandler);
}
