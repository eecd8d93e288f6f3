import { z } from 'zod';
import { dateOrderPreferences, timeFormatPreferences, type DateTimeFormatPreference } from './dateTimeFormat';

/** What a write of the date and time format must be; reads use readDateTimeFormatPreference. */
export const dateTimeFormatPreferenceSchema: z.ZodType<DateTimeFormatPreference> = z.object({
  timeFormat: z.enum(timeFormatPreferences),
  dateOrder: z.enum(dateOrderPreferences),
});
