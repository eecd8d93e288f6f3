import type { Relationship } from '../domain/reflectionLabels';
import { relationshipValues } from '../domain/reflectionLabels';
import { daysOfRange, streaksOfDayNumbers } from './dayStreaks';
import { dayNumber, type Day, type WeekStartDay } from './progressCalendar';
import type { ProgressFact } from './progressFact';

export interface DayCount {
  readonly day: Day;
  readonly count: number;
}

export interface Streaks {
  /** Every day from `from` to `to`, with how many reflections it has (0 included, for the heat map). */
  readonly days: readonly DayCount[];
  readonly currentDays: number;
  readonly longestDays: number;
  readonly currentWeeks: number;
  readonly longestWeeks: number;
}

/**
 * Runs of consecutive days (and weeks) with a reflection. A run still counts as current when
 * today has none yet: the day is not over. Likewise the current week.
 */
export function streaks(
  facts: readonly ProgressFact[],
  from: Day,
  to: Day,
  today: Day,
  weekStartsOn: WeekStartDay,
): Streaks {
  const perDay = new Map<Day, number>();
  for (const fact of facts) perDay.set(fact.day, (perDay.get(fact.day) ?? 0) + 1);
  return streaksOfDays(perDay, from, to, today, weekStartsOn);
}

/** The same from how many reflections each day has (days with none may be left out). */
export function streaksOfDays(
  perDay: ReadonlyMap<Day, number>,
  from: Day,
  to: Day,
  today: Day,
  weekStartsOn: WeekStartDay,
): Streaks {
  const first = dayNumber(from);
  const counts = new Uint32Array(Math.max(0, dayNumber(to) - first + 1));
  // Days outside [from, to] still count towards the runs, as they always have.
  let earliest = first;
  let latest = first + counts.length - 1;
  for (const [day, count] of perDay) {
    if (count <= 0) continue;
    const number = dayNumber(day);
    earliest = Math.min(earliest, number);
    latest = Math.max(latest, number);
    if (number >= first && number - first < counts.length) counts[number - first] = count;
  }
  const runs =
    earliest === first && latest === first + counts.length - 1
      ? streaksOfDayNumbers(counts, first, dayNumber(today), weekStartsOn)
      : streaksOfDayNumbers(widened(perDay, earliest, latest), earliest, dayNumber(today), weekStartsOn);
  return { days: daysOfRange(from, counts), ...runs };
}

function widened(perDay: ReadonlyMap<Day, number>, earliest: number, latest: number): Uint32Array {
  const counts = new Uint32Array(latest - earliest + 1);
  for (const [day, count] of perDay) if (count > 0) counts[dayNumber(day) - earliest] = count;
  return counts;
}

export interface SpherePerson {
  readonly personId: string;
  readonly interactions: number;
  /** The trust rating from the newest reflection with this person that has one. */
  readonly latestTrust: number | null;
  readonly lastDay: Day;
}

export interface SphereGroup {
  readonly relationship: Relationship;
  readonly people: readonly SpherePerson[];
}

/** The newest of two dated entries: the later day, then the greater fact id (as facts are stored). */
function isNewer(day: Day, id: string, than: { day: Day; id: string } | null): boolean {
  return than === null || day > than.day || (day === than.day && id > than.id);
}

/** What the sphere figure needs of one person over a range. */
export interface PersonSummary {
  interactions: number;
  trust: { day: Day; id: string; value: number } | null;
  last: Day;
  seen: { day: Day; id: string; value: Relationship } | null;
}

/** Adds one dated entry (a fact, or a day's newest) to a person's summary, in place. */
export function notePerson(
  byPerson: Map<string, PersonSummary>,
  personId: string,
  day: Day,
  interactions: number,
  trust: { id: string; value: number } | null,
  seen: { id: string; value: Relationship } | null,
): void {
  const person = byPerson.get(personId) ?? { interactions: 0, trust: null, last: day, seen: null };
  person.interactions += interactions;
  if (day > person.last) person.last = day;
  if (trust !== null && isNewer(day, trust.id, person.trust)) person.trust = { day, ...trust };
  if (seen !== null && isNewer(day, seen.id, person.seen)) person.seen = { day, ...seen };
  byPerson.set(personId, person);
}

/**
 * People grouped by relationship: the one on their own record when set, otherwise the one on
 * the newest reflection that names one. Most-met first within a group.
 */
export function sphereOfInfluence(
  facts: readonly ProgressFact[],
  recordedRelationships: ReadonlyMap<string, Relationship | null> = new Map(),
): SphereGroup[] {
  const byPerson = new Map<string, PersonSummary>();
  for (const fact of facts) {
    const trust = fact.trust === null ? null : { id: fact.id, value: fact.trust };
    const seen = fact.relationship === null ? null : { id: fact.id, value: fact.relationship };
    for (const personId of fact.personIds) notePerson(byPerson, personId, fact.day, 1, trust, seen);
  }
  return sphereGroups(byPerson, recordedRelationships);
}

export function sphereGroups(
  byPerson: ReadonlyMap<string, PersonSummary>,
  recordedRelationships: ReadonlyMap<string, Relationship | null> = new Map(),
): SphereGroup[] {
  const groups = new Map<Relationship, SpherePerson[]>();
  for (const [personId, person] of byPerson) {
    const relationship = recordedRelationships.get(personId) ?? person.seen?.value ?? 'other';
    const group = groups.get(relationship) ?? [];
    group.push({
      personId,
      interactions: person.interactions,
      latestTrust: person.trust?.value ?? null,
      lastDay: person.last,
    });
    groups.set(relationship, group);
  }
  return relationshipValues.flatMap((relationship) => {
    const people = groups.get(relationship);
    if (people === undefined) return [];
    people.sort((a, b) => b.interactions - a.interactions || a.personId.localeCompare(b.personId));
    return [{ relationship, people }];
  });
}
