import { DAY_MS } from '../../../shared/domain/localDateTime';

/** Meta keys the reflection repository keeps so the Trash clean-up can judge the clock. */
export const LAST_WRITE_AT_KEY = 'lastWriteAt';
export const LAST_PURGE_APP_VERSION_KEY = 'trashPurgeAppVersion';

export type PurgeDecision =
  | { readonly purge: true }
  | { readonly purge: false; readonly reason: 'first-start-of-version' | 'clock-ahead' | 'no-writes-yet' };

/**
 * Whether the Trash may be emptied by age now. Deleting for good is the one thing that cannot
 * be undone, so any doubt about the clock means waiting: a clock more than a day ahead of the
 * newest saved change may have jumped (a long absence looks the same, and then the next save
 * lets the clean-up run again), and the first start of a new version of the app waits a start,
 * in case the update changed how dates are read.
 */
export function decideTrashPurge({
  now,
  lastWriteAt,
  appVersion,
  lastPurgeAppVersion,
}: {
  now: Date;
  lastWriteAt: unknown;
  appVersion: string;
  lastPurgeAppVersion: unknown;
}): PurgeDecision {
  if (lastPurgeAppVersion !== appVersion) return { purge: false, reason: 'first-start-of-version' };
  const last = typeof lastWriteAt === 'string' ? Date.parse(lastWriteAt) : Number.NaN;
  if (Number.isNaN(last)) return { purge: false, reason: 'no-writes-yet' };
  if (now.getTime() - last > DAY_MS) return { purge: false, reason: 'clock-ahead' };
  return { purge: true };
}

/** The version this build was made as; unit tests, which have no build, pass their own. */
export function buildAppVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown';
}
