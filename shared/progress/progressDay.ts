import { outcomeValues, type Outcome, type Relationship } from '../domain/reflectionLabels';
import { isPractised } from './periodAggregates';
import type { Day } from './progressCalendar';
import type { ProgressFact } from './progressFact';

/** One principle's sums over a day's facts. */
export interface PrincipleDay {
  readonly ratingSum: number;
  readonly ratingCount: number;
  readonly applied: number;
  /** Marked as not applied. */
  readonly skipped: number;
  /** Facts with an outcome where the principle was practised (applied, or rated 4-5). */
  readonly practised: number;
  /** Of those, the ones achieved. */
  readonly practisedAchieved: number;
}

/** One person's day. Trust and relationship keep each fact's id: the newest wins, and a removed fact must give way to the one before. */
export interface PersonDay {
  readonly interactions: number;
  /** `[fact id, trust]`, sorted by id. */
  readonly trust: readonly (readonly [string, number])[];
  /** `[fact id, relationship]`, sorted by id. */
  readonly relationship: readonly (readonly [string, Relationship])[];
}

/**
 * What the unfiltered Progress figures need of one local day, summed over its facts, so that a
 * range is drawn from a few thousand days rather than every reflection. Kept in step with the
 * facts by `addFact` and `removeFact`: a day is always exactly `daysFromFacts` of its facts.
 */
export interface ProgressDay {
  readonly day: Day;
  readonly reflections: number;
  /** Reflections with no outcome are not counted here. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /**
   * `[fact id, took it to the manager]` for each answer to the escalation question, sorted by id.
   * The insight compares the last ten answers with the ten before, so the count alone is not enough.
   */
  readonly escalations: readonly (readonly [string, boolean])[];
  /** Only principles with something to count. */
  readonly principles: Readonly<Record<string, PrincipleDay>>;
  readonly people: Readonly<Record<string, PersonDay>>;
  /** How many of the day's reflections carry each tag (the tag filter's choices). */
  readonly tags: Readonly<Record<string, number>>;
}

interface MutableDay {
  day: Day;
  reflections: number;
  outcomes: Record<Outcome, number>;
  escalations: (readonly [string, boolean])[];
  principles: Record<string, PrincipleDay>;
  people: Record<string, PersonDay>;
  tags: Record<string, number>;
}

export function emptyProgressDay(day: Day): ProgressDay {
  return {
    day,
    reflections: 0,
    outcomes: Object.fromEntries(outcomeValues.map((outcome) => [outcome, 0])) as Record<Outcome, number>,
    escalations: [],
    principles: {},
    people: {},
    tags: {},
  };
}

function copy(day: ProgressDay): MutableDay {
  return {
    day: day.day,
    reflections: day.reflections,
    outcomes: { ...day.outcomes },
    escalations: [...day.escalations],
    principles: { ...day.principles },
    people: { ...day.people },
    tags: { ...day.tags },
  };
}

/** Inserts or removes `[id, value]` in a list sorted by id. */
function withEntry<T>(
  list: readonly (readonly [string, T])[],
  id: string,
  value: T | null,
  sign: 1 | -1,
): (readonly [string, T])[] {
  const rest = list.filter(([entryId]) => entryId !== id);
  if (sign === -1 || value === null) return rest;
  rest.push([id, value]);
  return rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const isZeroPrinciple = (p: PrincipleDay) =>
  p.ratingCount === 0 && p.ratingSum === 0 && p.applied === 0 && p.skipped === 0 && p.practised === 0;

/** Adds (sign 1) or subtracts (sign -1) one fact, in place. Entries that fall to nothing are removed. */
function apply(day: MutableDay, fact: ProgressFact, sign: 1 | -1): void {
  day.reflections += sign;
  if (fact.outcome !== null) day.outcomes[fact.outcome] += sign;
  if (fact.escalated !== null) {
    day.escalations = withEntry(day.escalations, fact.id, fact.escalated === 'yes', sign);
  }
  const achieved = fact.outcome === 'achieved' ? 1 : 0;
  for (const [id, entry] of Object.entries(fact.principles)) {
    const before = day.principles[id] ?? {
      ratingSum: 0,
      ratingCount: 0,
      applied: 0,
      skipped: 0,
      practised: 0,
      practisedAchieved: 0,
    };
    const counted = fact.outcome !== null && isPractised(fact, id) ? sign : 0;
    const next: PrincipleDay = {
      ratingSum: before.ratingSum + (entry.rating ?? 0) * sign,
      ratingCount: before.ratingCount + (entry.rating === null ? 0 : sign),
      applied: before.applied + (entry.applied === true ? sign : 0),
      skipped: before.skipped + (entry.applied === false ? sign : 0),
      practised: before.practised + counted,
      practisedAchieved: before.practisedAchieved + counted * achieved,
    };
    if (isZeroPrinciple(next)) delete day.principles[id];
    else day.principles[id] = next;
  }
  // A reflection names each person once; a repeated id would be counted once a time, as the facts are.
  for (const personId of fact.personIds) {
    const before = day.people[personId] ?? { interactions: 0, trust: [], relationship: [] };
    const next: PersonDay = {
      interactions: before.interactions + sign,
      trust: fact.trust === null ? before.trust : withEntry(before.trust, fact.id, fact.trust, sign),
      relationship:
        fact.relationship === null
          ? before.relationship
          : withEntry(before.relationship, fact.id, fact.relationship, sign),
    };
    if (next.interactions === 0) delete day.people[personId];
    else day.people[personId] = next;
  }
  for (const tag of fact.tags) {
    const count = (day.tags[tag] ?? 0) + sign;
    if (count === 0) delete day.tags[tag];
    else day.tags[tag] = count;
  }
}

/** The day with one more fact. The fact's day must be this day. */
export function addFact(day: ProgressDay, fact: ProgressFact): ProgressDay {
  if (fact.day !== day.day) throw new RangeError(`A fact of ${fact.day} added to ${day.day}`);
  const next = copy(day);
  apply(next, fact, 1);
  return next;
}

/** The day without a fact it was built with (the stored fact, before the change). */
export function removeFact(day: ProgressDay, fact: ProgressFact): ProgressDay {
  if (fact.day !== day.day) throw new RangeError(`A fact of ${fact.day} removed from ${day.day}`);
  const next = copy(day);
  apply(next, fact, -1);
  return next;
}

/** A day with no reflections left is deleted rather than stored. */
export function isEmptyDay(day: ProgressDay): boolean {
  return day.reflections === 0;
}

/** Every day that has facts, oldest first: what the rollup table holds for these facts. */
export function daysFromFacts(facts: Iterable<ProgressFact>): ProgressDay[] {
  const days = new Map<Day, MutableDay>();
  for (const fact of facts) {
    let day = days.get(fact.day);
    if (day === undefined) {
      day = copy(emptyProgressDay(fact.day));
      days.set(fact.day, day);
    }
    apply(day, fact, 1);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * The days touched by replacing `before` facts with `after` facts, given the stored days
 * (missing ones start empty): what to put, and which days to delete because nothing is left.
 */
export function changeDays(
  stored: ReadonlyMap<Day, ProgressDay>,
  before: readonly ProgressFact[],
  after: readonly ProgressFact[],
): { put: ProgressDay[]; emptied: Day[] } {
  const touched = new Map<Day, MutableDay>();
  const dayOf = (key: Day) => {
    let day = touched.get(key);
    if (day === undefined) {
      day = copy(stored.get(key) ?? emptyProgressDay(key));
      touched.set(key, day);
    }
    return day;
  };
  for (const fact of before) apply(dayOf(fact.day), fact, -1);
  for (const fact of after) apply(dayOf(fact.day), fact, 1);
  const put: ProgressDay[] = [];
  const emptied: Day[] = [];
  for (const day of touched.values()) {
    if (isEmptyDay(day)) emptied.push(day.day);
    else put.push(day);
  }
  return { put, emptied };
}
