import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { sortKeyOf } from '../../db/repositories/toListRowRecord';

export interface TrustReading {
  /** When the conversation happened (the journal's sort key). */
  readonly at: number;
  readonly trust: number;
}

export type TrustDirection = 'rising' | 'falling' | 'steady';

export interface TrustTrend {
  readonly first: number;
  readonly last: number;
  readonly direction: TrustDirection;
  /** Every reading, oldest first, for the sparkline. */
  readonly values: readonly number[];
}

/** The build-partnerships "trust" answers of some reflections, oldest first; unanswered ones are skipped. */
export function trustReadingsOf(reflections: readonly Reflection[]): TrustReading[] {
  return reflections
    .flatMap((reflection) => {
      const trust = reflection.principles['build-partnerships']?.checks.trust;
      return typeof trust === 'number' ? [{ at: sortKeyOf(reflection), trust }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * From the first reading to the last. The direction follows those two numbers so the text
 * never contradicts itself ("2 → 4, falling"); the sparkline shows the path between them.
 */
export function trustTrendOf(readings: readonly TrustReading[]): TrustTrend | null {
  const first = readings[0];
  const last = readings.at(-1);
  if (first === undefined || last === undefined) return null;
  const direction: TrustDirection =
    last.trust > first.trust ? 'rising' : last.trust < first.trust ? 'falling' : 'steady';
  return { first: first.trust, last: last.trust, direction, values: readings.map(({ trust }) => trust) };
}

/** "Trust 2 → 4, rising"; one reading or none say so plainly. */
export function describeTrustTrend(trend: TrustTrend | null): string {
  if (trend === null) return 'No trust ratings yet';
  if (trend.values.length === 1) return `Trust ${trend.last} (one rating)`;
  return `Trust ${trend.first} → ${trend.last}, ${trend.direction}`;
}
