import type { AppInfo, AppRoute } from '../../shared/ipc/contract';

/**
 * Everything the renderer needs from outside the page. The Electron implementation
 * goes through `window.journal`; the browser one uses web APIs. The rest of the app
 * never knows which one runs.
 */
export interface JournalPlatform {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https or mailto link outside the app; returns false if the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /** Main (menu, notification click) asks the page to show a route. */
  onNavigate(listener: (route: AppRoute) => void): () => void;
}

export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
