import type { WeekStartDay } from '../progress/progressCalendar';

/** The person's choice of first day of the week; "locale" follows their language settings. */
export const weekStartPreferences = ['locale', 'monday', 'sunday', 'saturday'] as const;
export type WeekStartPreference = (typeof weekStartPreferences)[number];

/**
 * Whether a stored value is one of the choices. The same rule as weekStartPreferenceSchema,
 * which checks writes (a test holds the two together), without zod: read before the first rows.
 */
export function isWeekStartPreference(value: unknown): value is WeekStartPreference {
  return (weekStartPreferences as readonly unknown[]).includes(value);
}

export const weekStartPreferenceLabels: Record<WeekStartPreference, string> = {
  locale: 'From my language settings',
  monday: 'Monday',
  sunday: 'Sunday',
  saturday: 'Saturday',
};

const chosenDays: Record<Exclude<WeekStartPreference, 'locale'>, WeekStartDay> = {
  monday: 1,
  sunday: 0,
  saturday: 6,
};

/** The day weeks start on: the chosen one, or the language's own when none was chosen. */
export function resolveWeekStart(preference: WeekStartPreference, localeDefault: WeekStartDay): WeekStartDay {
  return preference === 'locale' ? localeDefault : chosenDays[preference];
}
