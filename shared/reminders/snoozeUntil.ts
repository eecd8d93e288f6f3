import {
  HOUR_MS,
  MINUTE_MS,
  addCalendarDays,
  localPartsOf,
  wallTimeToInstant,
} from '../domain/localDateTime';

export const SNOOZE_OPTIONS = ['10m', '1h', 'tomorrow-morning'] as const;
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

const TOMORROW_MORNING = { hour: 9, minute: 0 };

/** When a reminder snoozed at `nowMs` comes back; "tomorrow morning" is 09:00 the next local day. */
export function snoozeUntil(option: SnoozeOption, nowMs: number, timeZone: string): number {
  switch (option) {
    case '10m':
      return nowMs + 10 * MINUTE_MS;
    case '1h':
      return nowMs + HOUR_MS;
    case 'tomorrow-morning':
      return wallTimeToInstant(addCalendarDays(localPartsOf(nowMs, timeZone), 1), TOMORROW_MORNING, timeZone);
  }
}
