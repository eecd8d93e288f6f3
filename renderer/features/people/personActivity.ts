import type { Outcome } from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { sortKeyOf } from '../../db/repositories/toListRowRecord';
import { formatCount } from '../../app/formatCount';

/** The outcome of the most recent of these reflections that has one. */
export function lastOutcomeOf(reflections: readonly Reflection[]): Outcome | null {
  let latest: { at: number; outcome: Outcome } | null = null;
  for (const reflection of reflections) {
    if (reflection.outcome === null) continue;
    const at = sortKeyOf(reflection);
    if (latest === null || at > latest.at) latest = { at, outcome: reflection.outcome };
  }
  return latest?.outcome ?? null;
}

export function reflectionCountText(count: number): string {
  if (count === 0) return 'No reflections yet';
  return count === 1 ? '1 reflection' : `${formatCount(count)} reflections`;
}
