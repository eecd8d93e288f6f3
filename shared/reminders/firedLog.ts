import { FIRED_LOG_LIMIT, FIRED_LOG_MAX_AGE_DAYS } from './reminderSchema';
import { DAY_MS } from '../domain/localDateTime';

/** `${reminderId}@${isoInstant}`: one key per occurrence, the unit of at-most-once delivery. */
export function firedKey(reminderId: string, instantMs: number): string {
  return `${reminderId}@${new Date(instantMs).toISOString()}`;
}

export function instantOfFiredKey(key: string): number {
  // Ids may contain '@'; the instant is always after the last one.
  return Date.parse(key.slice(key.lastIndexOf('@') + 1));
}

/**
 * Keeps the log bounded: keys newer than FIRED_LOG_MAX_AGE_DAYS, at most FIRED_LOG_LIMIT of
 * the most recent. Older keys are safe to drop because evaluation never looks back past
 * lastEvaluatedAt, so they could only matter if the clock jumped back by months.
 */
export function pruneFiredLog(keys: readonly string[], nowMs: number): string[] {
  const oldestKept = nowMs - FIRED_LOG_MAX_AGE_DAYS * DAY_MS;
  return [...new Set(keys)]
    .map((key) => ({ key, instant: instantOfFiredKey(key) }))
    .filter(({ instant }) => Number.isFinite(instant) && instant >= oldestKept)
    .sort((a, b) => a.instant - b.instant)
    .slice(-FIRED_LOG_LIMIT)
    .map(({ key }) => key);
}
