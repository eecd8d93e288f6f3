import { z } from 'zod';
import {
  REMINDERS_LIMIT,
  quietHoursSchema,
  reminderKindSchema,
  reminderSchema,
} from '../reminders/reminderSchema';
import { SNOOZE_OPTIONS } from '../reminders/snoozeUntil';

// Request and response shapes of the reminders:* channels. The reminder itself is the engine's
// own schema, so a payload the bridge accepts is one the engine accepts too.

const isoInstant = (field: string) =>
  z.iso.datetime({ error: `${field} must be an ISO instant such as 2025-01-31T09:00:00.000Z` });

export const reminderIdSchema = z
  .string({ error: 'Id must be a string' })
  .min(1, { error: 'Id must not be empty' })
  .max(200, { error: 'Id must be at most 200 characters' });

/** A reminder as the Reminders page lists it: when it next fires, as an instant and in words. */
export const reminderViewSchema = z.strictObject({
  reminder: reminderSchema,
  next: isoInstant('Next').nullable(),
  /** "Next: Mon 2 Dec, 17:30" in the reminder's zone, or null if it will not fire again. */
  nextLabel: z.string().max(100).nullable(),
  /** A one-off that has happened, for the "Past" list: when it fired, and "Fired: Wed 5 Mar, 10:05". */
  firedAt: isoInstant('Fired at').optional(),
  firedLabel: z.string().max(100).optional(),
});
export type ReminderView = z.infer<typeof reminderViewSchema>;

export const dueItemSchema = z.strictObject({
  reminderId: reminderIdSchema,
  kind: reminderKindSchema,
  title: z.string().max(200),
  body: z.string().max(1000).optional(),
  reflectionId: z.string().max(200).optional(),
  occurrence: isoInstant('Occurrence'),
  missedCount: z.number().int().min(0),
});

export const dueNotificationSchema = z.strictObject({
  title: z.string().max(300),
  body: z.string().max(REMINDERS_LIMIT * 250),
  items: z.array(dueItemSchema).min(1).max(REMINDERS_LIMIT),
});

export const snoozeOptionSchema = z.enum(SNOOZE_OPTIONS, {
  error: `Snooze option must be one of ${SNOOZE_OPTIONS.join(', ')}`,
});

/** What the system says about notifications; `unknown` where it cannot be asked (Electron on Linux). */
export const notificationPermissionSchema = z.enum(['granted', 'denied', 'default', 'unknown']);

export const remindersStatusSchema = z.strictObject({
  notificationsSupported: z.boolean(),
  permission: notificationPermissionSchema,
  /** Why the latest notification could not be shown, until one is shown again. */
  lastDeliveryProblem: z.string().max(500).nullable(),
  /** Where an unreadable reminders file (or storage key) was moved; the page tells the person. */
  corruptFileMovedTo: z.string().max(4096).optional(),
});
export type RemindersStatus = z.infer<typeof remindersStatusSchema>;

/** What the page shows when a test notification is asked for again within a second. */
export const TEST_NOTIFICATION_TOO_SOON = 'Wait a moment before sending another test notification.';

export const testNotificationResultSchema = z.strictObject({
  outcome: z.enum(['shown', 'unsupported', 'denied', 'failed', 'too-soon']),
  detail: z.string().max(500).optional(),
});
export type TestNotificationResult = z.infer<typeof testNotificationResultSchema>;

/** At most this many undelivered notifications wait for the page; older ones are dropped. */
export const IN_APP_QUEUE_LIMIT = 20;

const reminderResponse = z.strictObject({ reminder: reminderSchema });

export const remindersInvokeContract = {
  'reminders:list': {
    request: z.undefined(),
    response: z.strictObject({ reminders: z.array(reminderViewSchema).max(REMINDERS_LIMIT) }),
  },
  'reminders:upsert': { request: z.strictObject({ reminder: reminderSchema }), response: reminderResponse },
  'reminders:remove': {
    request: z.strictObject({ id: reminderIdSchema }),
    response: z.strictObject({ removed: z.literal(true) }),
  },
  'reminders:set-paused': {
    request: z.strictObject({
      id: reminderIdSchema,
      paused: z.boolean({ error: 'Paused must be true or false' }),
    }),
    response: reminderResponse,
  },
  'reminders:snooze': {
    request: z.strictObject({ id: reminderIdSchema, option: snoozeOptionSchema }),
    response: reminderResponse,
  },
  'reminders:done': { request: z.strictObject({ id: reminderIdSchema }), response: reminderResponse },
  'reminders:get-quiet-hours': { request: z.undefined(), response: quietHoursSchema },
  'reminders:set-quiet-hours': {
    request: z.strictObject({ quietHours: quietHoursSchema }),
    response: quietHoursSchema,
  },
  'reminders:send-test': { request: z.undefined(), response: testNotificationResultSchema },
  'reminders:status': { request: z.undefined(), response: remindersStatusSchema },
  'reminders:take-in-app': {
    // Due reminders that could not be shown as notifications, handed to the page once; the
    // 'reminders:due-in-app' event only says there is something to take, so none is lost while
    // the page is still loading.
    request: z.undefined(),
    response: z.strictObject({ notifications: z.array(dueNotificationSchema).max(IN_APP_QUEUE_LIMIT) }),
  },
  'reminders:reflection-saved': {
    // The journal lives in the page's IndexedDB, which main cannot read; the page reports this.
    request: z.strictObject({ latestReflectionAt: isoInstant('latestReflectionAt').nullable() }),
    response: z.strictObject({ recorded: z.boolean() }),
  },
} as const;

export const remindersEventContract = {
  'reminders:changed': z.strictObject({}),
  'reminders:due-in-app': dueNotificationSchema,
} as const;
