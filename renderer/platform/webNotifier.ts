import type { TestNotificationResult } from '../../shared/ipc/remindersContract';
import type { DueNotification } from '../../shared/reminders/collapseMissed';
import { errorText } from '../../shared/app/errorText';

/** The parts of the web Notification API we use; a fake in the tests. */
export interface WebNotificationLike {
  onclick: ((event: Event) => void) | null;
  onclose: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  onshow: ((event: Event) => void) | null;
  close(): void;
}

export interface WebNotificationApi {
  new (title: string, options?: { body?: string; tag?: string }): WebNotificationLike;
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
}

export interface WebNotifierDeps {
  api: WebNotificationApi | undefined;
  onClick(notification: DueNotification | null): void;
  onLateFailure(notification: DueNotification): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  confirmWithinMs?: number;
}

const DEFAULT_CONFIRM_MS = 3_000;
const RETAINED_LIMIT = 50;

/** Browser notifications for the engine; kept referenced until they close so clicks still arrive. */
export function createWebNotifier(deps: WebNotifierDeps) {
  const retained = new Set<WebNotificationLike>();
  const confirmWithinMs = deps.confirmWithinMs ?? DEFAULT_CONFIRM_MS;
  let lastProblem: string | null = null;

  function present(title: string, body: string, due: DueNotification | null): Promise<boolean> {
    const api = deps.api;
    if (api === undefined) {
      lastProblem = 'This browser cannot show notifications.';
      return Promise.resolve(false);
    }
    if (api.permission !== 'granted') {
      lastProblem =
        api.permission === 'denied'
          ? 'Notifications are blocked for this site.'
          : 'Notifications have not been allowed yet.';
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      let settled = false;
      let timer: unknown = null;
      const settle = (shown: boolean, problem: string | null) => {
        if (settled) return;
        settled = true;
        if (timer !== null) deps.clearTimeout(timer);
        lastProblem = problem;
        resolve(shown);
      };
      let notification: WebNotificationLike;
      try {
        notification = new api(title, { body });
      } catch (error) {
        // Chrome on Android, for one, only shows notifications through a service worker.
        settle(false, `The notification could not be shown: ${errorText(error)}`);
        return;
      }
      if (retained.size >= RETAINED_LIMIT)
        retained.delete(retained.values().next().value as WebNotificationLike);
      retained.add(notification);
      notification.onclose = () => retained.delete(notification);
      notification.onshow = () => settle(true, null);
      notification.onerror = () => {
        retained.delete(notification);
        const problem = 'The browser could not show the notification.';
        if (!settled) settle(false, problem);
        else if (due !== null) {
          lastProblem = problem;
          deps.onLateFailure(due);
        }
      };
      notification.onclick = () => {
        deps.onClick(due);
        notification.close();
      };
      timer = deps.setTimeout(() => settle(true, null), confirmWithinMs);
    });
  }

  /** Asks for permission if nobody has yet; must run from a click so the browser shows the prompt. */
  async function requestPermission(): Promise<NotificationPermission | 'unsupported'> {
    const api = deps.api;
    if (api === undefined) return 'unsupported';
    if (api.permission !== 'default') return api.permission;
    try {
      return await api.requestPermission();
    } catch {
      return api.permission;
    }
  }

  return {
    show: (due: DueNotification) => present(due.title, due.body, due),
    requestPermission,
    async showTest(): Promise<TestNotificationResult> {
      const permission = await requestPermission();
      if (permission === 'unsupported') return { outcome: 'unsupported' };
      if (permission !== 'granted') return { outcome: 'denied' };
      const shown = await present('Influence Journal', 'Reminders will look like this.', null);
      return shown ? { outcome: 'shown' } : { outcome: 'failed', detail: lastProblem ?? 'Unknown problem' };
    },
    permission: (): NotificationPermission | 'unsupported' => deps.api?.permission ?? 'unsupported',
    lastProblem: () => lastProblem,
    retainedCount: () => retained.size,
  };
}
