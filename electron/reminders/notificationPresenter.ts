import type { DueNotification } from '../../shared/reminders/collapseMissed';
import { SNOOZE_OPTIONS, type SnoozeOption } from '../../shared/reminders/snoozeUntil';
import type { TestNotificationResult } from '../../shared/ipc/remindersContract';
import { errorText } from '../../shared/app/errorText';

/** The parts of Electron's Notification we use; a fake in the tests. */
export interface NotificationLike {
  on(event: 'show' | 'click' | 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  /** Electron 45 passes `{ actionIndex }` first; older versions passed the index second. */
  on(event: 'action', listener: (details: unknown, legacyIndex: number) => void): unknown;
  show(): void;
}

export interface NotificationOptions {
  title: string;
  body: string;
  silent?: boolean;
  actions?: Array<{ type: 'button'; text: string }>;
}

export interface NotificationClass {
  new (options: NotificationOptions): NotificationLike;
  isSupported(): boolean;
}

export interface PresenterTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PresenterDeps {
  Notification: NotificationClass;
  platform: NodeJS.Platform;
  timers: PresenterTimers;
  onClick(notification: DueNotification): void;
  onSnooze(notification: DueNotification, option: SnoozeOption): void;
  /** A notification reported as failed after we had already counted it as shown. */
  onLateFailure(notification: DueNotification, reason: string): void;
  /** How long to wait for 'show' or 'failed' before assuming the system showed it. */
  confirmWithinMs?: number;
}

/** Labels of the snooze buttons, in the order of SNOOZE_OPTIONS (the action index maps back). */
export const SNOOZE_ACTION_LABELS: Record<SnoozeOption, string> = {
  '10m': 'Snooze 10 minutes',
  '1h': 'Snooze 1 hour',
  'tomorrow-morning': 'Tomorrow morning',
};

// Windows toasts without a registered activator may never report 'close'; a bounded list keeps
// the newest notifications alive for their clicks without growing for ever.
export const RETAINED_LIMIT = 50;
const DEFAULT_CONFIRM_MS = 5_000;

/** Notification buttons work on macOS and Windows; Linux servers mostly ignore them. */
function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

function actionIndexOf(details: unknown, legacyIndex: unknown): number | null {
  if (typeof details === 'object' && details !== null && 'actionIndex' in details) {
    const { actionIndex } = details as { actionIndex: unknown };
    if (typeof actionIndex === 'number') return actionIndex;
  }
  return typeof legacyIndex === 'number' ? legacyIndex : null;
}

/**
 * Shows reminders as system notifications. Every shown notification stays referenced until it
 * closes: a garbage-collected Notification loses its click handler (electron#12690).
 */
export function createNotificationPresenter(deps: PresenterDeps) {
  const retained: NotificationLike[] = [];
  const confirmWithinMs = deps.confirmWithinMs ?? DEFAULT_CONFIRM_MS;
  let lastProblem: string | null = null;

  function retain(notification: NotificationLike): () => void {
    retained.push(notification);
    if (retained.length > RETAINED_LIMIT) retained.shift();
    return () => {
      const index = retained.indexOf(notification);
      if (index !== -1) retained.splice(index, 1);
    };
  }

  /** Resolves true once shown (or after a quiet wait), false if it could not be shown. */
  function present(
    options: NotificationOptions,
    wire: (n: NotificationLike) => void,
    onLate: (r: string) => void,
  ) {
    if (!deps.Notification.isSupported()) {
      lastProblem = 'This system cannot show notifications.';
      return Promise.resolve(false);
    }
    return new Promise<boolean>((resolve) => {
      let settled = false;
      let timer: unknown = null;
      const settle = (shown: boolean, problem: string | null) => {
        if (settled) return;
        settled = true;
        if (timer !== null) deps.timers.clearTimeout(timer);
        lastProblem = problem;
        resolve(shown);
      };
      let notification: NotificationLike;
      try {
        notification = new deps.Notification(options);
      } catch (error) {
        settle(false, `The notification could not be created: ${errorText(error)}`);
        return;
      }
      const release = retain(notification);
      notification.on('close', release);
      notification.on('show', () => settle(true, null));
      notification.on('failed', (_event, error) => {
        release();
        const reason = `The system refused the notification: ${errorText(error)}`;
        if (settled) {
          lastProblem = reason;
          onLate(reason);
        } else settle(false, reason);
      });
      wire(notification);
      timer = deps.timers.setTimeout(() => settle(true, null), confirmWithinMs);
      try {
        notification.show();
      } catch (error) {
        release();
        settle(false, `The notification could not be shown: ${errorText(error)}`);
      }
    });
  }

  return {
    /** The engine's notifier. */
    show(due: DueNotification): Promise<boolean> {
      const withActions = supportsActions(deps.platform);
      const options: NotificationOptions = { title: due.title, body: due.body };
      if (withActions)
        options.actions = SNOOZE_OPTIONS.map((option) => ({
          type: 'button',
          text: SNOOZE_ACTION_LABELS[option],
        }));
      return present(
        options,
        (notification) => {
          notification.on('click', () => deps.onClick(due));
          notification.on('action', (details, legacyIndex) => {
            const option = SNOOZE_OPTIONS[actionIndexOf(details, legacyIndex) ?? -1];
            if (option !== undefined) deps.onSnooze(due, option);
          });
        },
        (reason) => deps.onLateFailure(due, reason),
      );
    },

    async showTest(): Promise<TestNotificationResult> {
      const supported = deps.Notification.isSupported();
      const shown = await present(
        { title: 'Influence Journal', body: 'Reminders will look like this.' },
        () => undefined,
        () => undefined,
      );
      if (shown) return { outcome: 'shown' };
      return supported
        ? { outcome: 'failed', detail: lastProblem ?? 'Unknown problem' }
        : { outcome: 'unsupported' };
    },

    isSupported: () => deps.Notification.isSupported(),
    lastProblem: () => lastProblem,
    retainedCount: () => retained.length,
  };
}

export type NotificationPresenter = ReturnType<typeof createNotificationPresenter>;
