import { epochMsToLocalDateTime, localDateTimeToEpochMs, MINUTE_MS } from '../domain/localDateTime';
import type { Reminder } from './reminderSchema';

export interface AfterConversationInput {
  preparationId: string;
  /** Names of the people the conversation is with, as the journal knows them. */
  personNames: readonly string[];
  /** Local wall time `yyyy-MM-ddTHH:mm` of the conversation. */
  plannedAt: string;
  timeZone: string;
  remindAfterMinutes: number;
  now: Date;
}

/** One reminder per preparation: saving it again updates its reminder instead of adding one. */
export function afterConversationReminderId(preparationId: string): string {
  return `after-conversation-${preparationId}`;
}

function withWhom(names: readonly string[]): string {
  const [first, second, ...rest] = names.map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (first === undefined) return '';
  if (second === undefined) return ` with ${first}`;
  if (rest.length === 0) return ` with ${first} and ${second}`;
  return ` with ${first}, ${second} and ${rest.length === 1 ? '1 other' : `${rest.length} others`}`;
}

/** "How did the conversation with Tom go?", kept within the reminder's 200 characters. */
export function afterConversationTitle(personNames: readonly string[]): string {
  const title = `How did the conversation${withWhom(personNames)} go?`;
  return title.length <= 200 ? title : 'How did the conversation go?';
}

/**
 * When the reminder comes: the planned time plus the offset, counted in real minutes, so a
 * conversation just before a clock change is still followed up the same number of minutes later.
 */
export function afterConversationAt(plannedAt: string, timeZone: string, remindAfterMinutes: number): string {
  const at = localDateTimeToEpochMs(plannedAt.slice(0, 16), timeZone) + remindAfterMinutes * MINUTE_MS;
  return epochMsToLocalDateTime(at, timeZone);
}

/**
 * The reminder after a prepared conversation. Validate it with parseReminder (the engine's upsert
 * does) before trusting it; clicking it opens the guided reflection linked to the preparation.
 */
export function buildAfterConversationReminder(input: AfterConversationInput): Reminder {
  const at = afterConversationAt(input.plannedAt, input.timeZone, input.remindAfterMinutes);
  return {
    id: afterConversationReminderId(input.preparationId),
    kind: 'after-conversation',
    title: afterConversationTitle(input.personNames),
    schedule: { type: 'once', date: at.slice(0, 10), time: at.slice(11, 16) },
    timeZone: input.timeZone,
    paused: false,
    quietIfReflected: 'none',
    preparationId: input.preparationId,
    done: false,
    createdAt: input.now.toISOString(),
  };
}
