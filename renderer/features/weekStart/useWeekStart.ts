import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { resolveWeekStart } from '../../../shared/domain/weekStartPreference';
import type { WeekStartDay } from '../../../shared/progress/progressCalendar';
import { useJournal } from '../../db/JournalContext';
import { createWeekStartRepository, type StoredWeekStart } from '../../db/repositories/weekStartRepository';
import { useLocaleConventions } from '../../app/localeConventions';
import { appLocale } from '../dateTime/currentDateTimeStyle';

export interface WeekStart {
  readonly stored: StoredWeekStart;
  readonly weekStartsOn: WeekStartDay;
}

/**
 * The first day of the week as set in Settings, live (a change in another window applies
 * here too), or undefined while it is read, so no page draws its weeks twice.
 */
export function useWeekStart(): WeekStart | undefined {
  const { db } = useJournal();
  const repository = useMemo(() => createWeekStartRepository(db), [db]);
  const stored = useLiveQuery(() => repository.read(), [repository]);
  // Remembered from an earlier start: the journal's weeks need no Intl object (see localeConventions).
  const { weekStartsOn: fromLocale } = useLocaleConventions(appLocale());
  return useMemo(
    () =>
      stored === undefined
        ? undefined
        : { stored, weekStartsOn: resolveWeekStart(stored.preference, fromLocale) },
    [stored, fromLocale],
  );
}
