import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import {
  dayNumber,
  type Day,
  type Granularity,
  type WeekStartDay,
} from '../../../shared/progress/progressCalendar';
import { formatDayNumber, formatDayTick, formatMonthOf, viewerTimeZone } from '../journal/formatJournalDate';

/** "2 Mar 2026". */
export function formatDay(day: Day): string {
  return formatDayNumber(dayNumber(day));
}

/** "Week of 2 Mar 2026" or "Mar 2026": how a period is named in tables, in the chosen date order. */
export function formatPeriod(start: Day, granularity: Granularity): string {
  return granularity === 'week' ? `Week of ${formatDay(start)}` : formatMonthOf(start);
}

/** Short axis labels: "2 Mar" (or "Mar 2") for weeks, "Mar 26" for months. */
export function formatPeriodTick(start: Day, granularity: Granularity): string {
  return granularity === 'week' ? formatDayTick(start) : formatMonthOf(start, { short: true });
}

export function formatShare(share: number | null): string {
  return share === null ? 'no data' : `${Math.round(share * 100)}%`;
}

export function formatAverage(average: number | null): string {
  return average === null ? 'no ratings' : average.toFixed(1);
}

/** Today on this computer's calendar. */
export function localToday(now = Date.now()): Day {
  return epochMsToLocalDateTime(now, viewerTimeZone()).slice(0, 10);
}

interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The first day of the week where this person lives (Monday if the browser cannot say): the
 * default when Settings' "First day of the week" is left on "From my language settings".
 */
export function localeWeekStart(
  language = typeof navigator === 'undefined' ? 'en-GB' : navigator.language,
): WeekStartDay {
  try {
    const locale = new Intl.Locale(language) as LocaleWithWeekInfo;
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    // Intl counts Monday as 1 and Sunday as 7; weeks here count Sunday as 0.
    return (firstDay % 7) as WeekStartDay;
  } catch {
    return 1;
  }
}
