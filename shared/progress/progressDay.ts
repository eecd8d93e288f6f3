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

/** A principle's totals on a day before any fact has counted. */
export function emptyPrincipleDay(): PrincipleDay {
  return { ratingSum: 0, ratingCount: 0, applied: 0, skipped: 0, practised: 0, practisedAchieved: 0 };
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
 * range is drawn from a few thousand days rather than every reflection. Not stored: a month's days
 * are derived from its record (`monthDays` in progressMonth.ts), always exactly `daysFromFacts`
 * of its facts.
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

/** Puts `[id, value]` in a list sorted by id, in place of any entry with that id. */
function withEntry<T>(
  list: readonly (readonly [string, T])[],
  id: string,
  value: T,
): (readonly [string, T])[] {
  const rest = list.filter(([entryId]) => entryId !== id);
  rest.push([id, value]);
  return rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const isZeroPrinciple = (p: PrincipleDay) =>
  p.ratingCount === 0 && p.ratingSum === 0 && p.applied === 0 && p.skipped === 0 && p.practised === 0;

/** Adds one fact, in place. A principle with nothing to count is left out. */
function add(day: MutableDay, fact: ProgressFact): void {
  day.reflections += 1;
  if (fact.outcome !== null) day.outcomes[fact.outcome] += 1;
  if (fact.escalated !== null) {
    day.escalations = withEntry(day.escalations, fact.id, fact.escalated === 'yes');
  }
  const achieved = fact.outcome === 'achieved' ? 1 : 0;
  for (const [id, entry] of Object.entries(fact.principles)) {
    const before = day.principles[id] ?? emptyPrincipleDay();
    const counted = fact.outcome !== null && isPractised(fact, id) ? 1 : 0;
    const next: PrincipleDay = {
      ratingSum: before.ratingSum + (entry.rating ?? 0),
      ratingCount: before.ratingCount + (entry.rating === null ? 0 : 1),
      applied: before.applied + (entry.applied === true ? 1 : 0),
      skipped: before.skipped + (entry.applied === false ? 1 : 0),
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
      interactions: before.interactions + 1,
      trust: fact.trust === null ? before.trust : withEntry(before.trust, fact.id, fact.trust),
      relationship:
        fact.relationship === null
          ? before.relationship
          : withEntry(before.relationship, fact.id, fact.relationship),
    };
    day.people[personId] = next;
  }
  for (const tag of fact.tags) {
    day.tags[tag] = (day.tags[tag] ?? 0) + 1;
  }
}

/** Every day that has facts, oldest first. */
export function daysFromFacts(facts: Iterable<ProgressFact>): ProgressDay[] {
  const days = new Map<Day, MutableDay>();
  for (const fact of facts) {
    let day = days.get(fact.day);
    if (day === undefined) {
      day = copy(emptyProgressDay(fact.day));
      days.set(fact.day, day);
    }
    add(day, fact);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
