import type { EventChannel } from '../../shared/ipc/channels';
import type { AppRoute, EventPayload } from '../../shared/ipc/contract';

/** The parts of BrowserWindow the app's window handling uses. */
export interface ControlledWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  showInactive(): void;
  focus(): void;
  hide(): void;
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  webContents: { send(channel: string, payload: unknown): void };
}

export interface WindowControllerDeps<W extends ControlledWindow> {
  /** Creates the window, opening the page on `route` when one is given. */
  create(route: AppRoute | null): Promise<W>;
  /** Background mode: closing the window hides it and the app keeps running in the tray. */
  hideOnClose(): boolean;
  /**
   * Asks the page to save its drafts and resolves when it has, or after a bounded wait. Called
   * before a close that destroys the page; a quit asks in before-quit instead.
   */
  flushDrafts?(): Promise<unknown>;
}

/** Holds the one main window: opens, focuses, hides-on-close and talks to its page. */
export function createMainWindowController<W extends ControlledWindow>(deps: WindowControllerDeps<W>) {
  let window: W | null = null;
  let opening: Promise<W> | null = null;
  let quitting = false;

  const live = (): W | null => (window !== null && !window.isDestroyed() ? window : null);

  function open(route: AppRoute | null = null): Promise<W> {
    const existing = live();
    if (existing) return Promise.resolve(existing);
    opening ??= deps.create(route).then(
      (created) => {
        window = created;
        opening = null;
        let draftsFlushed = false;
        let flushing = false;
        created.on('close', (event) => {
          if (!quitting && deps.hideOnClose()) {
            event.preventDefault();
            created.hide();
            return;
          }
          // Quitting already asked the page in before-quit; asking again would wait twice.
          if (quitting || draftsFlushed || !deps.flushDrafts) return;
          event.preventDefault();
          if (flushing) return;
          flushing = true;
          void deps
            .flushDrafts()
            .catch(() => undefined)
            .finally(() => {
              draftsFlushed = true;
              if (!created.isDestroyed()) created.close();
            });
        });
        created.on('closed', () => {
          if (window === created) window = null;
        });
        return created;
      },
      (error: unknown) => {
        opening = null;
        throw error;
      },
    );
    return opening;
  }

  function bringToFront(target: W): void {
    if (target.isMinimized()) target.restore();
    target.show();
    target.focus();
  }

  /** False when there is no live window to tell. */
  function send<C extends EventChannel>(channel: C, payload: EventPayload<C>): boolean {
    const target = live();
    target?.webContents.send(channel, payload);
    return target !== null;
  }

  return {
    open,
    current: live,
    send,
    navigate: (route: AppRoute) => void send('app:navigate', { route }),
    /** Second instance, dock click, tray click: show the window, opening it if it was closed. */
    async focus(): Promise<void> {
      bringToFront(await open());
    },
    /** Notification click: a new window opens straight on the route; a live one is told to go there. */
    async focusOn(route: AppRoute): Promise<void> {
      const existing = live();
      if (existing) {
        bringToFront(existing);
        send('app:navigate', { route });
        return;
      }
      bringToFront(await open(route));
    },
    /** Puts the window on screen without taking focus (the in-app reminder banner). */
    async reveal(): Promise<void> {
      const target = await open();
      if (!target.isVisible()) target.showInactive();
    },
    /** From before-quit on: closing really closes. */
    markQuitting(): void {
      quitting = true;
    },
  };
}

export type MainWindowController = ReturnType<typeof createMainWindowController>;
