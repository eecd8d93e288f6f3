import type { ProgressFact } from './progressFact';
import { decodeMonth, encodeMonth, monthOf, type ProgressMonth } from './progressMonth';

interface MonthInBuilding {
  /** The month as last encoded (stored, or already handed out once); undefined for a new month. */
  base: ProgressMonth | undefined;
  /** Facts added since `base` was encoded. */
  pending: ProgressFact[];
}

/**
 * Builds the Progress months of many new facts (an import's) in memory, so each month is encoded
 * and written once instead of once per step: at 50,000 reflections a month holds ~900 facts, and
 * rewriting it for every step of 100 decoded and encoded ever larger records hundreds of times.
 *
 * The facts must belong to reflections that have none stored (new ones): nothing is removed, as
 * `changeMonths(stored, [], facts)` removes nothing. `stored` holds the months as stored before
 * (any month not named starts empty). Adding facts in any number of steps and taking every month
 * gives the same records as `changeMonths` step by step.
 */
export class ProgressMonthsBuilder {
  private readonly months = new Map<string, MonthInBuilding>();
  private readonly stored: ReadonlyMap<string, ProgressMonth>;
  /** Months that were given facts by the last `add`. */
  private lastTouched = new Set<string>();

  constructor(stored: Iterable<ProgressMonth | undefined>) {
    const byMonth = new Map<string, ProgressMonth>();
    for (const month of stored) if (month !== undefined) byMonth.set(month.month, month);
    this.stored = byMonth;
  }

  /** Adds one step's facts. */
  add(facts: Iterable<ProgressFact>): void {
    const touched = new Set<string>();
    for (const fact of facts) {
      const key = monthOf(fact.day);
      let month = this.months.get(key);
      if (month === undefined) {
        month = { base: this.stored.get(key), pending: [] };
        this.months.set(key, month);
      }
      month.pending.push(fact);
      touched.add(key);
    }
    this.lastTouched = touched;
  }

  /**
   * The months with facts not yet handed out that the last `add` did not touch: an import in time
   * order has left them, so they can be written now. A month given more facts later is handed out
   * again, whole (the later record replaces the earlier one).
   */
  takeLeft(): ProgressMonth[] {
    return this.take((key) => !this.lastTouched.has(key));
  }

  /** Every month with facts not yet handed out. */
  takeAll(): ProgressMonth[] {
    return this.take(() => true);
  }

  /** The next month with facts not yet handed out, or undefined: to encode one month per task. */
  takeNext(): ProgressMonth | undefined {
    for (const key of [...this.months.keys()].sort()) {
      const month = this.months.get(key);
      if (month !== undefined && month.pending.length > 0) return this.encoded(key, month);
    }
    return undefined;
  }

  private take(wanted: (key: string) => boolean): ProgressMonth[] {
    const taken: ProgressMonth[] = [];
    for (const key of [...this.months.keys()].sort()) {
      const month = this.months.get(key);
      if (month !== undefined && month.pending.length > 0 && wanted(key))
        taken.push(this.encoded(key, month));
    }
    return taken;
  }

  private encoded(key: string, month: MonthInBuilding): ProgressMonth {
    const before = month.base === undefined ? [] : decodeMonth(month.base);
    const record = encodeMonth(key, [...before, ...month.pending]);
    month.base = record;
    month.pending = [];
    return record;
  }
}
