import { MINUTE_MS } from '../../../shared/domain/localDateTime';
import { useCallback, useEffect, useState } from 'react';
import type { ReminderView, RemindersStatus } from '../../../shared/ipc/remindersContract';
import { usePlatform } from '../../platform/PlatformContext';
import { errorText } from '../../../shared/app/errorText';

/** Next times move as the clock does, so the list refreshes now and then as well as on every change. */
const REFRESH_MS = MINUTE_MS;

/** The reminders and the notification status, kept current while the page is open. */
export function useReminderList() {
  const { reminders } = usePlatform();
  const [views, setViews] = useState<ReminderView[] | null>(null);
  const [status, setStatus] = useState<RemindersStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [list, current] = await Promise.all([reminders.list(), reminders.status()]);
      setViews(list);
      setStatus(current);
      setError(null);
    } catch (reason) {
      setError(errorText(reason));
    }
  }, [reminders]);

  useEffect(() => {
    const initial = window.setTimeout(() => void reload(), 0);
    const unsubscribe = reminders.onChanged(() => void reload());
    const timer = window.setInterval(() => void reload(), REFRESH_MS);
    return () => {
      window.clearTimeout(initial);
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [reminders, reload]);

  return { views, status, error, reload };
}
