import type { Day } from '../../../shared/progress/progressCalendar';
import type { ProgressDayRecord, ProgressFactRecord } from '../../db/records';
import type { ProgressMemorySnapshot } from './progressMemory';

/** What the page asks for: a range (a null `from` is from the start) and whether a filter needs facts. */
export interface ProgressRequest {
  readonly from: Day | null;
  readonly to: Day;
  readonly filtered: boolean;
}

/** What a report is built from, with the request it answers. */
export type ProgressSource<R extends ProgressRequest = ProgressRequest> =
  | { readonly kind: 'facts'; readonly request: R; readonly facts: readonly ProgressFactRecord[] }
  | {
      readonly kind: 'days';
      readonly request: R;
      readonly days: readonly ProgressDayRecord[];
      readonly plannedFacts: readonly ProgressFactRecord[];
    };

function within<T extends { readonly day: string }>(records: Iterable<T>, from: Day | null, to: Day): T[] {
  const found: T[] = [];
  for (const record of records) {
    if (record.day <= to && (from === null || record.day >= from)) found.push(record);
  }
  return found;
}

/**
 * The request answered from memory, exactly as the journal would answer it (the same days or facts
 * of the range), or undefined while what it needs is still being read.
 */
export function fromMemory<R extends ProgressRequest>(
  memory: ProgressMemorySnapshot,
  request: R,
): ProgressSource<R> | undefined {
  if (request.filtered) {
    if (memory.facts === null) return undefined;
    return { kind: 'facts', request, facts: within(memory.facts.values(), request.from, request.to) };
  }
  if (memory.days === null || memory.plannedFacts === null) return undefined;
  return {
    kind: 'days',
    request,
    days: within(memory.days.values(), request.from, request.to),
    plannedFacts: memory.plannedFacts,
  };
}
