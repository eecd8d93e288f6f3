import type { Outcome, Relationship } from '../domain/reflectionLabels';
import { emptyPrincipleDay, emptyProgressDay, type ProgressDay } from './progressDay';
import type { EscalationAnswer, PrincipleFact, ProgressFact, RelationshipAfter } from './progressFact';

/**
 * Strings stored once per month and named by number: `codes[i]` is 0 for null, else `1 + ` the
 * index of the value in `values`. Any string round-trips, known label or not.
 */
export interface CodedColumn<T extends string> {
  readonly values: readonly T[];
  readonly codes: Uint16Array;
}

/**
 * One calendar month of progress facts in columns: the facts of the reflections that happened
 * that month, the n-th entry of each column being the n-th fact (ordered by id). A browser's
 * database charges about the same for each record whatever its size, and far less for a typed
 * array than for as many separate values, so the whole journal's facts are read back as a few
 * dozen months of columns instead of tens of thousands of records. Lists of varying length
 * (people, tags, principles) are flattened, with a count per fact.
 */
export interface ProgressMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly ids: readonly string[];
  /** The day of the month, 1 to 31. */
  readonly days: Uint8Array;
  readonly outcomes: CodedColumn<Outcome>;
  readonly escalated: CodedColumn<EscalationAnswer>;
  /** NaN for none. */
  readonly trust: Float64Array;
  readonly relationshipAfter: CodedColumn<RelationshipAfter>;
  readonly relationship: CodedColumn<Relationship>;
  /** 1 where a manipulative tactic was used. */
  readonly manipulative: Uint8Array;
  readonly personCounts: Uint16Array;
  readonly personIds: CodedColumn<string>;
  readonly tagCounts: Uint16Array;
  readonly tags: CodedColumn<string>;
  readonly principleCounts: Uint16Array;
  readonly principleIds: CodedColumn<string>;
  /** -1 for none, 0 not applied, 1 applied. */
  readonly applied: Int8Array;
  /** NaN for none. */
  readonly ratings: Float64Array;
}

/** The month a fact's day falls in. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

function coded<T extends string>(column: readonly (T | null)[]): CodedColumn<T> {
  const values: T[] = [];
  const index = new Map<T, number>();
  const codes = new Uint16Array(column.length);
  column.forEach((value, at) => {
    if (value === null) return;
    let code = index.get(value);
    if (code === undefined) {
      values.push(value);
      code = values.length;
      // More distinct values than a month's facts could name in 16 bits is beyond any journal.
      if (code > 0xffff) throw new RangeError('Too many distinct values in one month of progress facts');
      index.set(value, code);
    }
    codes[at] = code;
  });
  return { values, codes };
}

const decoded = <T extends string>(column: CodedColumn<T>, at: number): T | null => {
  const code = column.codes[at] ?? 0;
  return code === 0 ? null : (column.values[code - 1] ?? null);
};

const numberOrNaN = (value: number | null) => (value === null ? Number.NaN : value);
const numberOrNull = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? null : value;

const byId = (a: ProgressFact, b: ProgressFact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The month's record for `facts`, which must all fall in `month`. */
export function encodeMonth(month: string, facts: readonly ProgressFact[]): ProgressMonth {
  const sorted = [...facts].sort(byId);
  const people: string[] = [];
  const tags: string[] = [];
  const principleIds: string[] = [];
  const principles: PrincipleFact[] = [];
  const counts = { people: new Uint16Array(sorted.length), tags: new Uint16Array(sorted.length) };
  const principleCounts = new Uint16Array(sorted.length);
  sorted.forEach((fact, at) => {
    if (monthOf(fact.day) !== month) throw new RangeError(`A fact of ${fact.day} put in ${month}`);
    people.push(...fact.personIds);
    counts.people[at] = fact.personIds.length;
    tags.push(...fact.tags);
    counts.tags[at] = fact.tags.length;
    const entries = Object.entries(fact.principles);
    principleCounts[at] = entries.length;
    for (const [id, entry] of entries) {
      principleIds.push(id);
      principles.push(entry);
    }
  });
  return {
    month,
    ids: sorted.map((fact) => fact.id),
    days: Uint8Array.from(sorted, (fact) => Number(fact.day.slice(8, 10))),
    outcomes: coded(sorted.map((fact) => fact.outcome)),
    escalated: coded(sorted.map((fact) => fact.escalated)),
    trust: Float64Array.from(sorted, (fact) => numberOrNaN(fact.trust)),
    relationshipAfter: coded(sorted.map((fact) => fact.relationshipAfter)),
    relationship: coded(sorted.map((fact) => fact.relationship)),
    manipulative: Uint8Array.from(sorted, (fact) => (fact.usedManipulativeTactic ? 1 : 0)),
    personCounts: counts.people,
    personIds: coded(people),
    tagCounts: counts.tags,
    tags: coded(tags),
    principleCounts,
    principleIds: coded(principleIds),
    applied: Int8Array.from(principles, ({ applied }) => (applied === null ? -1 : applied ? 1 : 0)),
    ratings: Float64Array.from(principles, ({ rating }) => numberOrNaN(rating)),
  };
}

function slice(column: CodedColumn<string>, from: number, to: number): string[] {
  const values: string[] = [];
  for (let at = from; at < to; at += 1) values.push(decoded(column, at) ?? '');
  return values;
}

/** The month's facts, ordered by id, exactly as they were encoded. */
export function decodeMonth(month: ProgressMonth): ProgressFact[] {
  return decodeMonthWhere(month, undefined);
}

/**
 * Only the month's facts whose id `keep` accepts, ordered by id: a person page or a save wants a
 * few facts of a month of hundreds, and skipping the rest makes no object for them.
 */
export function decodeMonthKeeping(month: ProgressMonth, keep: (id: string) => boolean): ProgressFact[] {
  return decodeMonthWhere(month, keep);
}

function decodeMonthWhere(month: ProgressMonth, keep: ((id: string) => boolean) | undefined): ProgressFact[] {
  const facts: ProgressFact[] = [];
  const days: string[] = [];
  for (let day = 0; day <= 31; day += 1) days.push(`${month.month}-${String(day).padStart(2, '0')}`);
  let person = 0;
  let tag = 0;
  let principle = 0;
  for (let at = 0; at < month.ids.length; at += 1) {
    const personEnd = person + (month.personCounts[at] ?? 0);
    const tagEnd = tag + (month.tagCounts[at] ?? 0);
    const principleEnd = principle + (month.principleCounts[at] ?? 0);
    if (keep !== undefined && !keep(month.ids[at] ?? '')) {
      person = personEnd;
      tag = tagEnd;
      principle = principleEnd;
      continue;
    }
    const principles: Record<string, PrincipleFact> = {};
    for (; principle < principleEnd; principle += 1) {
      const applied = month.applied[principle];
      principles[decoded(month.principleIds, principle) ?? ''] = {
        applied: applied === 1 ? true : applied === 0 ? false : null,
        rating: numberOrNull(month.ratings[principle]),
      };
    }
    facts.push({
      id: month.ids[at] ?? '',
      day: days[month.days[at] ?? 0] ?? '',
      outcome: decoded(month.outcomes, at),
      principles,
      escalated: decoded(month.escalated, at),
      trust: numberOrNull(month.trust[at]),
      relationshipAfter: decoded(month.relationshipAfter, at),
      personIds: slice(month.personIds, person, personEnd),
      relationship: decoded(month.relationship, at),
      tags: slice(month.tags, tag, tagEnd),
      usedManipulativeTactic: month.manipulative[at] === 1,
    });
    person = personEnd;
    tag = tagEnd;
  }
  return facts;
}

function byMonth(facts: Iterable<ProgressFact>): Map<string, ProgressFact[]> {
  const grouped = new Map<string, ProgressFact[]>();
  for (const fact of facts) {
    const month = monthOf(fact.day);
    const list = grouped.get(month);
    if (list === undefined) grouped.set(month, [fact]);
    else list.push(fact);
  }
  return grouped;
}

/** Every month that has facts, oldest first: what the month table holds for these facts. */
export function monthsFromFacts(facts: Iterable<ProgressFact>): ProgressMonth[] {
  const grouped = byMonth(facts);
  return [...grouped.keys()].sort().map((month) => encodeMonth(month, grouped.get(month) ?? []));
}

/**
 * The months touched by replacing the `before` facts (as stored) with the `after` facts, given
 * the stored months they fall in (missing ones start empty): what to put, and which months to
 * delete because nothing is left.
 */
export function changeMonths(
  stored: ReadonlyMap<string, ProgressMonth>,
  before: readonly ProgressFact[],
  after: readonly ProgressFact[],
): { put: ProgressMonth[]; emptied: string[] } {
  const removed = new Set(before.map((fact) => fact.id));
  const added = byMonth(after);
  const touched = new Set([...before.map((fact) => monthOf(fact.day)), ...added.keys()]);
  const put: ProgressMonth[] = [];
  const emptied: string[] = [];
  for (const month of touched) {
    const block = stored.get(month);
    const kept = block === undefined ? [] : decodeMonth(block).filter((fact) => !removed.has(fact.id));
    const facts = [...kept, ...(added.get(month) ?? [])];
    if (facts.length === 0) emptied.push(month);
    else put.push(encodeMonth(month, facts));
  }
  return { put, emptied };
}

/**
 * The month's per-day totals, oldest day first, one for each day of the month with facts: the
 * same as `daysFromFacts` of its facts. The month record is the one Progress store, so a day's
 * rollup is derived from it rather than stored beside it (stored, it tripled the record and the
 * browser's cost to read it back). Read straight from the columns: the facts are in id order, so
 * each day's lists come out sorted by id without the sorting `daysFromFacts` does as it goes.
 */
export function monthDays(month: ProgressMonth): ProgressDay[] {
  const days: (MutableDay | undefined)[] = [];
  let person = 0;
  let tag = 0;
  let principle = 0;
  for (let at = 0; at < month.ids.length; at += 1) {
    const id = month.ids[at] ?? '';
    const dayOfMonth = month.days[at] ?? 0;
    let day = days[dayOfMonth];
    if (day === undefined) {
      day = emptyDay(`${month.month}-${String(dayOfMonth).padStart(2, '0')}`);
      days[dayOfMonth] = day;
    }
    day.reflections += 1;
    const outcome = decoded(month.outcomes, at);
    if (outcome !== null) day.outcomes[outcome] += 1;
    const escalated = decoded(month.escalated, at);
    if (escalated !== null) day.escalations.push([id, escalated === 'yes']);
    const achieved = outcome === 'achieved' ? 1 : 0;
    const principleEnd = principle + (month.principleCounts[at] ?? 0);
    for (; principle < principleEnd; principle += 1) {
      const principleId = decoded(month.principleIds, principle) ?? '';
      const applied = month.applied[principle];
      const rating = numberOrNull(month.ratings[principle]);
      const sums = (day.principles[principleId] ??= emptyPrinciple());
      const counted = outcome !== null && (applied === 1 || (rating !== null && rating >= 4)) ? 1 : 0;
      sums.ratingSum += rating ?? 0;
      sums.ratingCount += rating === null ? 0 : 1;
      sums.applied += applied === 1 ? 1 : 0;
      sums.skipped += applied === 0 ? 1 : 0;
      sums.practised += counted;
      sums.practisedAchieved += counted * achieved;
    }
    const trust = numberOrNull(month.trust[at]);
    const relationship = decoded(month.relationship, at);
    const personEnd = person + (month.personCounts[at] ?? 0);
    for (; person < personEnd; person += 1) {
      const personId = decoded(month.personIds, person) ?? '';
      const entry = (day.people[personId] ??= { interactions: 0, trust: [], relationship: [] });
      entry.interactions += 1;
      // A person named twice in one reflection is counted twice but keeps one value, as the facts do.
      if (trust !== null && entry.trust.at(-1)?.[0] !== id) entry.trust.push([id, trust]);
      if (relationship !== null && entry.relationship.at(-1)?.[0] !== id) {
        entry.relationship.push([id, relationship]);
      }
    }
    const tagEnd = tag + (month.tagCounts[at] ?? 0);
    for (; tag < tagEnd; tag += 1) {
      const name = decoded(month.tags, tag) ?? '';
      day.tags[name] = (day.tags[name] ?? 0) + 1;
    }
  }
  const result: ProgressDay[] = [];
  for (const day of days) {
    if (day === undefined) continue;
    // A principle with nothing to count is left out, as `daysFromFacts` leaves it.
    for (const [id, sums] of Object.entries(day.principles)) {
      if (
        sums.ratingCount === 0 &&
        sums.ratingSum === 0 &&
        sums.applied === 0 &&
        sums.skipped === 0 &&
        sums.practised === 0
      ) {
        delete day.principles[id];
      }
    }
    result.push(day);
  }
  return result;
}

interface MutablePrinciple {
  ratingSum: number;
  ratingCount: number;
  applied: number;
  skipped: number;
  practised: number;
  practisedAchieved: number;
}

interface MutablePerson {
  interactions: number;
  trust: [string, number][];
  relationship: [string, Relationship][];
}

interface MutableDay {
  day: string;
  reflections: number;
  outcomes: Record<Outcome, number>;
  escalations: [string, boolean][];
  principles: Record<string, MutablePrinciple>;
  people: Record<string, MutablePerson>;
  tags: Record<string, number>;
}

const emptyPrinciple = (): MutablePrinciple => ({ ...emptyPrincipleDay() });

function emptyDay(day: string): MutableDay {
  const { outcomes } = emptyProgressDay(day);
  return {
    day,
    reflections: 0,
    outcomes: { ...outcomes },
    escalations: [],
    principles: {},
    people: {},
    tags: {},
  };
}
