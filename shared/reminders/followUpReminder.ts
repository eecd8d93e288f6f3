import type { Reminder } from './reminderSchema';

export interface FollowUpInput {
  reflectionId: string;
  /** The reflection's next step, used as the reminder's title. */
  text: string;
  /** Local wall time `yyyy-MM-ddTHH:mm` (seconds are ignored). */
  followUpAt: string;
  timeZone: string;
  now: Date;
}

const FALLBACK_TITLE = 'Follow up on your reflection';

/** One follow-up per reflection: saving the reflection again updates its reminder instead of adding one. */
export function followUpReminderId(reflectionId: string): string {
  return `follow-up-${reflectionId}`;
}

/**
 * The reminder for a reflection's next step. Validate the result with parseReminder (the engine's
 * upsert does) before trusting it: an impossible date or zone is reported there, by field.
 */
export function buildFollowUpReminder(input: FollowUpInput): Reminder {
  const title = input.text.trim().replace(/\s+/g, ' ').slice(0, 200);
  return {
    id: followUpReminderId(input.reflectionId),
    kind: 'follow-up',
    title: title === '' ? FALLBACK_TITLE : title,
    schedule: { type: 'once', date: input.followUpAt.slice(0, 10), time: input.followUpAt.slice(11, 16) },
    timeZone: input.timeZone,
    paused: false,
    quietIfReflected: 'none',
    reflectionId: input.reflectionId,
    done: false,
    createdAt: input.now.toISOString(),
  };
}
