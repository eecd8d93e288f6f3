import { outcomeValues } from '../domain/reflectionLabels';
import { dayNumber, type Day } from './progressCalendar';
import type { CodedColumn, ProgressMonth } from './progressMonth';
import type { ProgressFilters } from './progressRange';

/** Slots per day-indexed column: the day of the month, 1 to 31 (slot 0 stays empty). */
export const DAY_SLOTS = 32;
/** Per principle and day: rating sum, rating count, applied, skipped, practised with an outcome, and of those achieved. */
export const PRINCIPLE_FIELDS = 6;
export const RATING_SUM = 0;
export const RATING_COUNT = 1;
export const APPLIED = 2;
export const SKIPPED = 3;
export const PRACTISED = 4;
export const PRACTISED_ACHIEVED = 5;
/** How many answers to the escalation question the insight compares (the last ten and ten before). */
const NEWEST_ANSWERS = 20;

/** Where a dated entry of one person stands in its month: the fact's id, its day of the month, its value. */
export interface MonthEntry<T> {
  readonly id: string;
  readonly day: number;
  readonly value: T;
}

/** One person over the facts a summary kept. */
export interface MonthPerson {
  readonly personId: string;
  readonly interactions: number;
  /** The last day of the month they were met. */
  readonly lastDay: number;
  /** The newest (day, then fact id) trust rating and relationship named. */
  readonly trust: MonthEntry<number> | null;
  readonly seen: MonthEntry<string> | null;
}

/**
 * The counts every Progress figure needs of one month's facts (those within some days of the
 * month, and matching the filters), per day of the month, in typed arrays: what a range costs is
 * a sum over a few dozen summaries rather than a pass over every reflection. Built straight from
 * the month's columns, so no fact object is made.
 */
export interface MonthSummary {
  readonly month: string;
  /** The calendar day number (`dayNumber`) of the month's first day. */
  readonly firstDay: number;
  readonly reflections: number;
  /** Reflections per day of the month. */
  readonly perDay: Uint32Array;
  /** `outcomeValues` index * DAY_SLOTS + day. */
  readonly outcomes: Uint32Array;
  /** Answers of "yes" to the escalation question, and answers at all, per day. */
  readonly escalated: Uint32Array;
  readonly answered: Uint32Array;
  /** The principle ids the month's facts name; `principles` is indexed the same way. */
  readonly principleIds: readonly string[];
  /** ((principle index * DAY_SLOTS) + day) * PRINCIPLE_FIELDS + field. */
  readonly principles: Float64Array;
  readonly people: readonly MonthPerson[];
  /** The newest answers to the escalation question (day, then fact id), oldest first, at most 20. */
  readonly newestAnswers: readonly boolean[];
  /** The indices of the facts kept, or null when every fact of the month is. */
  readonly kept: Uint32Array | null;
}

/** Which facts of the month a summary keeps: days of the month from `fromDay` to `toDay`, and the filters. */
export interface SummaryScope {
  readonly fromDay: number;
  readonly toDay: number;
  readonly filters: ProgressFilters;
}

const codeOf = (column: CodedColumn<string>, value: string | null): number =>
  value === null ? 0 : column.values.indexOf(value) + 1;

/** True when a code in [from, to) of a flattened column is `code`. */
function listHas(codes: Uint16Array, from: number, to: number, code: number): boolean {
  for (let at = from; at < to; at += 1) if (codes[at] === code) return true;
  return false;
}

export function monthFirstDay(month: string): number {
  return dayNumber(`${month}-01`);
}

/** What adding a fact needs of its month beyond the fact: the codes that name outcomes and answers. */
interface MonthCodes {
  readonly month: ProgressMonth;
  /** `outcomeValues` index per outcome code (-1 for none). */
  readonly outcomeIndex: readonly number[];
  readonly achievedIndex: number;
  readonly yesCode: number;
}

function monthCodes(month: ProgressMonth): MonthCodes {
  return {
    month,
    outcomeIndex: [-1, ...month.outcomes.values.map((value) => outcomeValues.indexOf(value))],
    achievedIndex: outcomeValues.indexOf('achieved'),
    yesCode: codeOf(month.escalated, 'yes'),
  };
}

/** The counts of a summary, added to fact by fact (facts in id order), then read as a `MonthSummary`. */
class MonthTotals {
  private readonly perDay = new Uint32Array(DAY_SLOTS);
  private readonly outcomes = new Uint32Array(outcomeValues.length * DAY_SLOTS);
  private readonly escalated = new Uint32Array(DAY_SLOTS);
  private readonly answered = new Uint32Array(DAY_SLOTS);
  private readonly principles: Float64Array;
  private readonly interactions: Uint32Array;
  private readonly lastDay: Uint8Array;
  private readonly trustAt: Int32Array;
  private readonly seenAt: Int32Array;
  private readonly answeredAt: number[] = [];
  private readonly kept: number[] = [];

  constructor(private readonly codes: MonthCodes) {
    const { month } = codes;
    const people = month.personIds.values.length + 1;
    this.principles = new Float64Array(month.principleIds.values.length * DAY_SLOTS * PRINCIPLE_FIELDS);
    this.interactions = new Uint32Array(people);
    this.lastDay = new Uint8Array(people);
    this.trustAt = new Int32Array(people).fill(-1);
    this.seenAt = new Int32Array(people).fill(-1);
  }

  /** Adds the fact at `at`, whose people and principles are the flattened entries [from, to). */
  add(
    at: number,
    day: number,
    personFrom: number,
    personTo: number,
    principleFrom: number,
    principleTo: number,
  ) {
    const { month, outcomeIndex, achievedIndex, yesCode } = this.codes;
    const { perDay, outcomes, escalated, answered, principles, interactions, lastDay, trustAt, seenAt } =
      this;
    this.kept.push(at);
    perDay[day] = (perDay[day] ?? 0) + 1;
    const outcome = outcomeIndex[month.outcomes.codes[at] ?? 0] ?? -1;
    if (outcome >= 0) outcomes[outcome * DAY_SLOTS + day] = (outcomes[outcome * DAY_SLOTS + day] ?? 0) + 1;
    const answer = month.escalated.codes[at] ?? 0;
    if (answer !== 0) {
      answered[day] = (answered[day] ?? 0) + 1;
      if (answer === yesCode) escalated[day] = (escalated[day] ?? 0) + 1;
      this.answeredAt.push(at);
    }
    const achieved = outcome === achievedIndex ? 1 : 0;
    for (let entry = principleFrom; entry < principleTo; entry += 1) {
      const base = (((month.principleIds.codes[entry] ?? 1) - 1) * DAY_SLOTS + day) * PRINCIPLE_FIELDS;
      const applied = month.applied[entry];
      const rating = month.ratings[entry] ?? Number.NaN;
      if (!Number.isNaN(rating)) {
        principles[base + RATING_SUM] = (principles[base + RATING_SUM] ?? 0) + rating;
        principles[base + RATING_COUNT] = (principles[base + RATING_COUNT] ?? 0) + 1;
      }
      if (applied === 1) principles[base + APPLIED] = (principles[base + APPLIED] ?? 0) + 1;
      if (applied === 0) principles[base + SKIPPED] = (principles[base + SKIPPED] ?? 0) + 1;
      if (outcome >= 0 && (applied === 1 || rating >= 4)) {
        principles[base + PRACTISED] = (principles[base + PRACTISED] ?? 0) + 1;
        principles[base + PRACTISED_ACHIEVED] = (principles[base + PRACTISED_ACHIEVED] ?? 0) + achieved;
      }
    }
    const hasTrust = !Number.isNaN(month.trust[at] ?? Number.NaN);
    const hasSeen = (month.relationship.codes[at] ?? 0) !== 0;
    for (let entry = personFrom; entry < personTo; entry += 1) {
      const code = month.personIds.codes[entry] ?? 0;
      interactions[code] = (interactions[code] ?? 0) + 1;
      if (day > (lastDay[code] ?? 0)) lastDay[code] = day;
      // Facts come in id order, so a later one on the same day or a later day is the newer.
      if (hasTrust && day >= (month.days[trustAt[code] ?? -1] ?? 0)) trustAt[code] = at;
      if (hasSeen && day >= (month.days[seenAt[code] ?? -1] ?? 0)) seenAt[code] = at;
    }
  }

  summary(): MonthSummary {
    const { month, yesCode } = this.codes;
    const personValues = month.personIds.values;
    const people: MonthPerson[] = [];
    for (let code = 1; code <= personValues.length; code += 1) {
      if ((this.interactions[code] ?? 0) === 0) continue;
      const trust = this.trustAt[code] ?? -1;
      const seen = this.seenAt[code] ?? -1;
      people.push({
        personId: personValues[code - 1] ?? '',
        interactions: this.interactions[code] ?? 0,
        lastDay: this.lastDay[code] ?? 0,
        trust:
          trust < 0
            ? null
            : { id: month.ids[trust] ?? '', day: month.days[trust] ?? 0, value: month.trust[trust] ?? 0 },
        seen:
          seen < 0
            ? null
            : {
                id: month.ids[seen] ?? '',
                day: month.days[seen] ?? 0,
                value: month.relationship.values[(month.relationship.codes[seen] ?? 1) - 1] ?? '',
              },
      });
    }
    // Ids ascend with the index, so ordering by day with the index second is (day, id).
    const answeredAt = this.answeredAt.sort((a, b) => (month.days[a] ?? 0) - (month.days[b] ?? 0) || a - b);
    const newestAnswers = answeredAt
      .slice(-NEWEST_ANSWERS)
      .map((at) => (month.escalated.codes[at] ?? 0) === yesCode);
    return {
      month: month.month,
      firstDay: monthFirstDay(month.month),
      reflections: this.kept.length,
      perDay: this.perDay,
      outcomes: this.outcomes,
      escalated: this.escalated,
      answered: this.answered,
      principleIds: month.principleIds.values,
      principles: this.principles,
      people,
      newestAnswers,
      kept: this.kept.length === month.ids.length ? null : Uint32Array.from(this.kept),
    };
  }
}

/** The month's summary: of every fact, or of those in `scope`. */
export function summariseMonth(month: ProgressMonth, scope: SummaryScope | null = null): MonthSummary {
  const count = month.ids.length;
  const fromDay = scope?.fromDay ?? 1;
  const toDay = scope?.toDay ?? 31;
  const filters = scope?.filters;
  // A filter value the month never names matches none of its facts (a code of -1 never occurs).
  const relationshipCode =
    filters?.relationship == null ? null : codeOf(month.relationship, filters.relationship) || -1;
  const personCode = filters?.personId == null ? null : codeOf(month.personIds, filters.personId) || -1;
  const tagCode = filters?.tag == null ? null : codeOf(month.tags, filters.tag) || -1;
  const totals = new MonthTotals(monthCodes(month));

  let person = 0;
  let tag = 0;
  let principle = 0;
  for (let at = 0; at < count; at += 1) {
    const personFrom = person;
    const tagFrom = tag;
    const principleFrom = principle;
    person += month.personCounts[at] ?? 0;
    tag += month.tagCounts[at] ?? 0;
    principle += month.principleCounts[at] ?? 0;
    const day = month.days[at] ?? 0;
    if (day < fromDay || day > toDay) continue;
    if (relationshipCode !== null && month.relationship.codes[at] !== relationshipCode) continue;
    if (personCode !== null && !listHas(month.personIds.codes, personFrom, person, personCode)) continue;
    if (tagCode !== null && !listHas(month.tags.codes, tagFrom, tag, tagCode)) continue;
    totals.add(at, day, personFrom, person, principleFrom, principle);
  }
  return totals.summary();
}

/**
 * The month's summaries under each relationship its facts name (the whole month, filtered by
 * relationship alone), by relationship, made in one pass over the facts (each fact is added to
 * its relationship's totals): what a relationship filter sums instead of going through every fact
 * of the range again. A relationship the month never names has no entry (no fact).
 */
export function summariseMonthByRelationship(month: ProgressMonth): Map<string, MonthSummary> {
  const codes = monthCodes(month);
  const totals: (MonthTotals | undefined)[] = [];
  let person = 0;
  let principle = 0;
  for (let at = 0; at < month.ids.length; at += 1) {
    const personFrom = person;
    const principleFrom = principle;
    person += month.personCounts[at] ?? 0;
    principle += month.principleCounts[at] ?? 0;
    const code = month.relationship.codes[at] ?? 0;
    if (code === 0) continue;
    const mine = (totals[code] ??= new MonthTotals(codes));
    mine.add(at, month.days[at] ?? 0, personFrom, person, principleFrom, principle);
  }
  const byRelationship = new Map<string, MonthSummary>();
  totals.forEach((mine, code) => {
    if (mine !== undefined) byRelationship.set(month.relationship.values[code - 1] ?? '', mine.summary());
  });
  return byRelationship;
}

/** The day `YYYY-MM-DD` of a day of the month. */
export function dayOfMonth(month: string, day: number): Day {
  return `${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The months (`YYYY-MM`) from the one `from` falls in to the one `to` falls in, oldest first. */
export function monthsBetween(from: Day, to: Day): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Every tag named by a fact of the months between two days (a null `from` is from the start), sorted. */
export function tagsBetween(months: ReadonlyMap<string, ProgressMonth>, from: Day | null, to: Day): string[] {
  const tags = new Set<string>();
  const first = from?.slice(0, 7) ?? null;
  const last = to.slice(0, 7);
  for (const [key, month] of months) {
    if (key > last || (first !== null && key < first)) continue;
    if (key !== first && key !== last) {
      for (const value of month.tags.values) tags.add(value);
      continue;
    }
    const fromDay = key === first && from !== null ? Number(from.slice(8, 10)) : 1;
    const toDay = key === last ? Number(to.slice(8, 10)) : 31;
    let tag = 0;
    for (let at = 0; at < month.ids.length; at += 1) {
      const end = tag + (month.tagCounts[at] ?? 0);
      const day = month.days[at] ?? 0;
      if (day >= fromDay && day <= toDay) {
        for (; tag < end; tag += 1) tags.add(month.tags.values[(month.tags.codes[tag] ?? 1) - 1] ?? '');
      }
      tag = end;
    }
  }
  return [...tags].sort();
}
