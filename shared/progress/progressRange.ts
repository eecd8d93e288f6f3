import type { Relationship } from '../domain/reflectionLabels';
import { addDays, addMonths, daysBetween, type Day, type Granularity } from './progressCalendar';
import type { ProgressFact } from './progressFact';

export const rangePresets = ['last-4-weeks', '3-months', '12-months', 'all', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

export const rangePresetLabels: Record<RangePreset, string> = {
  'last-4-weeks': 'Last 4 weeks',
  '3-months': '3 months',
  '12-months': '12 months',
  all: 'All time',
  custom: 'Custom',
};

/** The days to read: from null means from the first reflection. */
export interface ProgressRange {
  readonly from: Day | null;
  readonly to: Day;
}

/** Ranges longer than this are drawn by month: weekly points over a year are too many to read. */
const LONGEST_WEEKLY_RANGE_DAYS = 183;

export function resolveRange(
  preset: RangePreset,
  today: Day,
  custom: { readonly from: Day; readonly to: Day } | null = null,
): ProgressRange {
  switch (preset) {
    case 'last-4-weeks':
      return { from: addDays(today, -27), to: today };
    case '3-months':
      return { from: addDays(addMonths(today, -3), 1), to: today };
    case '12-months':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'all':
      return { from: null, to: today };
    case 'custom': {
      if (custom === null) return { from: addDays(today, -27), to: today };
      // Dates typed the wrong way round still mean the days between them.
      return custom.from <= custom.to ? { ...custom } : { from: custom.to, to: custom.from };
    }
  }
}

export function granularityFor(from: Day, to: Day): Granularity {
  return daysBetween(from, to) > LONGEST_WEEKLY_RANGE_DAYS ? 'month' : 'week';
}

export interface ProgressFilters {
  readonly personId: string | null;
  readonly relationship: Relationship | null;
  readonly tag: string | null;
}

export const noFilters: ProgressFilters = { personId: null, relationship: null, tag: null };

/** The facts within [from, to] that match every filter set. */
export function selectFacts(
  facts: readonly ProgressFact[],
  from: Day,
  to: Day,
  filters: ProgressFilters,
): ProgressFact[] {
  return facts.filter(
    (fact) =>
      fact.day >= from &&
      fact.day <= to &&
      (filters.personId === null || fact.personIds.includes(filters.personId)) &&
      (filters.relationship === null || fact.relationship === filters.relationship) &&
      (filters.tag === null || fact.tags.includes(filters.tag)),
  );
}
