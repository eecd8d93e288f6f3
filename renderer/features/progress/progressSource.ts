import type { Day } from '../../../shared/progress/progressCalendar';
import { decodeMonth, monthOf } from '../../../shared/progress/progressMonth';
import type { ProgressFactRecord } from '../../db/records';
import type { ProgressMemorySnapshot } from './progressMemory';

/** What the page asks for: a range (a null `from` is from the start). */
export interface ProgressRequest {
  readonly from: Day | null;
  readonly to: Day;
}

/** The facts of a request's range, with the request they answer. */
export interface ProgressSource<R extends ProgressRequest = ProgressRequest> {
  readonly request: R;
  readonly facts: readonly ProgressFactRecord[];
}

/**
 * The request answered from memory, exactly as the journal would answer it (the facts of the
 * range, month by month, each month ordered by id), or undefined while memory is still being read.
 */
export function fromMemory<R extends ProgressRequest>(
  memory: ProgressMemorySnapshot,
  request: R,
): ProgressSource<R> | undefined {
  if (memory.months === null) return undefined;
  const { from, to } = request;
  const first = from === null ? null : monthOf(from);
  const last = monthOf(to);
  const facts: ProgressFactRecord[] = [];
  for (const [month, record] of [...memory.months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (month > last || (first !== null && month < first)) continue;
    const whole = month !== last && month !== first;
    for (const fact of decodeMonth(record)) {
      if (whole || (fact.day <= to && (from === null || fact.day >= from))) facts.push(fact);
    }
  }
  return { request, facts };
}
