import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useEffect, useMemo, type ReactNode } from 'react';
import { resolveDateTimeStyle, type DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import { useJournal } from '../../db/JournalContext';
import {
  createDateTimeFormatRepository,
  parseStoredDateTimeFormat,
  type StoredDateTimeFormat,
} from '../../db/repositories/dateTimeFormatRepository';
import { useLocaleConventions } from '../../app/localeConventions';
import { appLocale, setCurrentDateTimeStyle } from './currentDateTimeStyle';

export interface DateTimeFormatState {
  /** The saved choice, or undefined while it is read. */
  readonly stored: StoredDateTimeFormat | undefined;
  readonly style: DateTimeStyle;
}

export const DateTimeFormatContext = createContext<DateTimeFormatState | null>(null);

/**
 * Reads the date and time format saved with the journal, live (a change in another window
 * applies here too), and gives it to every page below; mounted once around the app.
 */
export function DateTimeFormatProvider({ children }: { children: ReactNode }) {
  const { db } = useJournal();
  const repository = useMemo(() => createDateTimeFormatRepository(db), [db]);
  const stored = useLiveQuery(() => repository.read(), [repository]);
  // Remembered from an earlier start: the first rows need no Intl object (see localeConventions).
  const conventions = useLocaleConventions(appLocale());
  const state = useMemo(() => {
    const preference = (stored ?? parseStoredDateTimeFormat(undefined)).preference;
    return { stored, style: resolveDateTimeStyle(preference, appLocale(), conventions) };
  }, [stored, conventions]);
  // Set while rendering, before the children render, so code outside React writes the same way.
  setCurrentDateTimeStyle(state.style);
  useEffect(() => () => setCurrentDateTimeStyle(null), []);
  return <DateTimeFormatContext.Provider value={state}>{children}</DateTimeFormatContext.Provider>;
}
