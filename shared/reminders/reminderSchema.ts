import { z } from 'zod';
import { isValidTimeZone } from '../domain/localDateTime';

/** The fired log keeps at most this many keys and none older than FIRED_LOG_MAX_AGE_DAYS. */
export const FIRED_LOG_LIMIT = 500;
export const FIRED_LOG_MAX_AGE_DAYS = 60;
export const REMINDERS_LIMIT = 1000;

function isoInstant(field: string) {
  return z.iso.datetime({ error: `${field} must be an ISO instant such as 2025-01-31T09:00:00.000Z` });
}

// precision -1: hours and minutes only, so "HH:mm" is the one accepted form (no seconds).
export const wallTimeSchema = z.iso.time({
  precision: -1,
  error: 'Time must be HH:mm between 00:00 and 23:59',
});

const weekdaySchema = z
  .number({ error: 'Day must be a number from 0 (Sunday) to 6 (Saturday)' })
  .int({ error: 'Day must be a whole number from 0 (Sunday) to 6 (Saturday)' })
  .min(0, { error: 'Day must be from 0 (Sunday) to 6 (Saturday)' })
  .max(6, { error: 'Day must be from 0 (Sunday) to 6 (Saturday)' });

// z.iso.date checks the calendar too (month lengths, leap years).
export const calendarDateSchema = z.iso.date({
  error: 'Date must be yyyy-MM-dd and exist on the calendar (e.g. not 2025-02-30)',
});

export const scheduleSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('daily'), time: wallTimeSchema }),
    z.strictObject({
      type: z.literal('weekdays'),
      days: z
        .array(weekdaySchema)
        .min(1, { error: 'Days must include at least one weekday' })
        .max(7, { error: 'Days must list each weekday at most once' })
        .refine((days) => new Set(days).size === days.length, {
          error: 'Days must list each weekday at most once',
        }),
      time: wallTimeSchema,
    }),
    z.strictObject({ type: z.literal('weekly'), day: weekdaySchema, time: wallTimeSchema }),
    z.strictObject({ type: z.literal('once'), date: calendarDateSchema, time: wallTimeSchema }),
  ],
  { error: 'Schedule type must be daily, weekdays, weekly or once' },
);

export const reminderKindSchema = z.enum(['rhythm', 'follow-up', 'after-conversation'], {
  error: 'Kind must be rhythm, follow-up or after-conversation',
});

export const timeZoneSchema = z
  .string({ error: 'Time zone must be a string' })
  .max(100, { error: 'Time zone must be at most 100 characters' })
  .refine(isValidTimeZone, { error: 'Time zone must be an IANA name such as Europe/Berlin' });

export const reminderSchema = z.strictObject({
  id: z
    .string({ error: 'Id must be a string' })
    .min(1, { error: 'Id must not be empty' })
    .max(200, { error: 'Id must be at most 200 characters' }),
  kind: reminderKindSchema,
  title: z
    .string({ error: 'Title must be a string' })
    .min(1, { error: 'Title must not be empty' })
    .max(200, { error: 'Title must be at most 200 characters' }),
  body: z
    .string({ error: 'Body must be a string' })
    .max(1000, { error: 'Body must be at most 1000 characters' })
    .optional(),
  schedule: scheduleSchema,
  timeZone: timeZoneSchema,
  paused: z.boolean({ error: 'Paused must be true or false' }),
  // Only rhythm reminders consult it; stored for every kind so the shape stays uniform.
  quietIfReflected: z.enum(['none', 'day', 'week'], { error: 'quietIfReflected must be none, day or week' }),
  reflectionId: z
    .string({ error: 'reflectionId must be a string' })
    .min(1, { error: 'reflectionId must not be empty' })
    .max(200, { error: 'reflectionId must be at most 200 characters' })
    .optional(),
  // An after-conversation reminder's preparation: its click opens the reflection linked to it.
  preparationId: z.uuid({ error: 'preparationId must be a UUID' }).optional(),
  done: z.boolean({ error: 'Done must be true or false' }),
  snoozedUntil: isoInstant('snoozedUntil').optional(),
  createdAt: isoInstant('createdAt'),
});

export const quietHoursSchema = z.strictObject({
  enabled: z.boolean({ error: 'Quiet hours enabled must be true or false' }),
  start: wallTimeSchema,
  end: wallTimeSchema,
});

export const remindersStateSchema = z.strictObject({
  version: z.literal(1, { error: 'Version must be 1' }),
  reminders: z
    .array(reminderSchema)
    .max(REMINDERS_LIMIT, { error: `Reminders must be at most ${REMINDERS_LIMIT}` })
    .refine((reminders) => new Set(reminders.map((r) => r.id)).size === reminders.length, {
      error: 'Reminders must have unique ids',
    }),
  quietHours: quietHoursSchema,
  fired: z
    .array(z.string().min(3).max(300, { error: 'Fired keys must be at most 300 characters' }))
    .max(FIRED_LOG_LIMIT, { error: `Fired must keep at most ${FIRED_LOG_LIMIT} keys` }),
  lastEvaluatedAt: isoInstant('lastEvaluatedAt').nullable(),
});

export type Schedule = z.infer<typeof scheduleSchema>;
export type ReminderKind = z.infer<typeof reminderKindSchema>;
export type Reminder = z.infer<typeof reminderSchema>;
export type QuietHours = z.infer<typeof quietHoursSchema>;
export type RemindersState = z.infer<typeof remindersStateSchema>;

export function emptyRemindersState(): RemindersState {
  return {
    version: 1,
    reminders: [],
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    fired: [],
    lastEvaluatedAt: null,
  };
}

/** "schedule.time: Time must be HH:mm ..." for every issue, so the caller sees which field is wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Invalid ${what}: ${describeIssues(result.error)}`);
  return result.data;
}

export function parseReminder(input: unknown): Reminder {
  return parseOrThrow(reminderSchema, input, 'reminder');
}

export function parseQuietHours(input: unknown): QuietHours {
  return parseOrThrow(quietHoursSchema, input, 'quiet hours');
}

export function parseRemindersState(input: unknown): RemindersState {
  return parseOrThrow(remindersStateSchema, input, 'reminders state');
}
