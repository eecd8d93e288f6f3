import { formatCount } from '../../app/formatCount';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { formatInstantDay, formatLocalDay, viewerTimeZone } from '../journal/formatJournalDate';

/** "Mon 2 Mar 2026 to Sat 11 Apr 2026", or why there is no period. */
export function describePeriod(client: Pick<CoachClientRecord, 'periodFrom' | 'periodTo'>): string {
  const { periodFrom, periodTo } = client;
  if (periodFrom === null || periodTo === null) return 'No dated reflections';
  const from = formatLocalDay(`${periodFrom}T00:00`);
  return periodFrom === periodTo ? from : `${from} to ${formatLocalDay(`${periodTo}T00:00`)}`;
}

export function describeReflectionCount(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'reflection' : 'reflections'}`;
}

/** The day an instant (an export, an update) fell on here. */
export function describeInstantDay(iso: string): string {
  return formatInstantDay(Date.parse(iso), viewerTimeZone());
}
