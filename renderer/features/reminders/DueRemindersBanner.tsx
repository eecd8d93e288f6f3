import { useCallback, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { routeForDueItem } from '../../../shared/ipc/reminderRoutes';
import type { DueItem, DueNotification } from '../../../shared/reminders/collapseMissed';
import type { SnoozeOption } from '../../../shared/reminders/snoozeUntil';
import { usePlatform } from '../../platform/PlatformContext';
import { SnoozeMenu } from './SnoozeMenu';
import './reminders.css';
import { errorText } from '../../../shared/app/errorText';

const keyOf = (item: DueItem) => `${item.reminderId}@${item.occurrence}`;

/** Adds the items of `notifications` that are not shown yet; a reminder keeps only its latest occurrence. */
export function mergeDueItems(
  current: readonly DueItem[],
  notifications: readonly DueNotification[],
): DueItem[] {
  const merged = new Map(current.map((item) => [item.reminderId, item]));
  for (const { items } of notifications) {
    for (const item of items) {
      const existing = merged.get(item.reminderId);
      if (existing === undefined || existing.occurrence < item.occurrence) merged.set(item.reminderId, item);
    }
  }
  return [...merged.values()];
}

/**
 * Due reminders that could not be shown as notifications (unsupported, blocked or failed),
 * shown at the top of every page with the same actions a notification would have.
 */
export function DueRemindersBanner() {
  const { reminders } = usePlatform();
  const navigate = useNavigate();
  const headingId = useId();
  const [items, setItems] = useState<DueItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const take = useCallback(() => {
    reminders.takeInApp().then(
      (notifications) => {
        if (notifications.length > 0) setItems((current) => mergeDueItems(current, notifications));
      },
      (error: unknown) => console.error('Could not read due reminders', error),
    );
  }, [reminders]);

  // The event only says there is something to take: taking is what hands each reminder over once.
  useEffect(() => {
    const initial = window.setTimeout(take, 0);
    const unsubscribe = reminders.onDueInApp(take);
    return () => {
      window.clearTimeout(initial);
      unsubscribe();
    };
  }, [reminders, take]);

  // Always mounted, so screen readers announce a reminder that arrives while the app is open.
  const announcement = (
    <p role="status" className="visually-hidden">
      {items.length === 0
        ? ''
        : `${items.length === 1 ? 'A reminder is' : `${items.length} reminders are`} due.`}
    </p>
  );
  if (items.length === 0) return <>{announcement}</>;
  const dismiss = (item: DueItem) =>
    setItems((current) => current.filter((other) => keyOf(other) !== keyOf(item)));
  const act = (item: DueItem, work: () => Promise<unknown>) => {
    setProblem(null);
    work().then(
      () => dismiss(item),
      (error: unknown) => setProblem(errorText(error)),
    );
  };

  return (
    <>
      {announcement}
      <section className="banner reminders-due" aria-labelledby={headingId}>
        <h2 id={headingId}>{items.length === 1 ? 'Reminder' : `${items.length} reminders`}</h2>
        <ul>
          {items.map((item) => {
            const titleId = `${headingId}-${item.reminderId}`;
            const isFollowUp = item.kind === 'follow-up';
            return (
              <li key={keyOf(item)}>
                <p id={titleId}>
                  <strong>{item.title}</strong>
                  {item.missedCount > 0 ? ` (and ${item.missedCount} more missed)` : ''}
                </p>
                {item.body ? <p>{item.body}</p> : null}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-primary"
                    aria-describedby={titleId}
                    onClick={() => {
                      dismiss(item);
                      void navigate(routeForDueItem(item));
                    }}
                  >
                    {isFollowUp ? 'Open reflection' : 'Reflect now'}
                  </button>
                  <SnoozeMenu
                    describedBy={titleId}
                    onSnooze={(option: SnoozeOption) =>
                      act(item, () => reminders.snooze(item.reminderId, option))
                    }
                  />
                  {isFollowUp ? (
                    <button
                      type="button"
                      className="button"
                      aria-describedby={titleId}
                      onClick={() => act(item, () => reminders.done(item.reminderId))}
                    >
                      Done
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button"
                    aria-describedby={titleId}
                    onClick={() => dismiss(item)}
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        {problem ? (
          <p role="alert" className="field-error">
            {problem}
          </p>
        ) : null}
      </section>
    </>
  );
}
