import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import type { Day, WeekStartDay } from '../../../shared/progress/progressCalendar';
import { toProgressFact } from '../../../shared/progress/progressFact';
import { noFilters } from '../../../shared/progress/progressRange';
import type { ProgressReportInput } from '../../../shared/progress/progressReport';

export interface ReportSummary {
  readonly reflections: number;
  readonly outcomes: readonly { readonly label: string; readonly count: number }[];
  /** Per principle: the mean of the ratings given (1 to 5), or null when none was rated. */
  readonly ratings: readonly {
    readonly title: string;
    readonly average: number | null;
    readonly rated: number;
  }[];
}

/** The numbers on the report's cover, from exactly the reflections the report holds. */
export function summariseReport(
  content: Pick<JournalSnapshot, 'reflections'>,
  principles: readonly ResolvedPrinciple[],
): ReportSummary {
  const { reflections } = content;
  const outcomes = [
    ...outcomeValues.map((value) => ({
      label: outcomeLabels[value],
      count: reflections.filter(({ outcome }) => outcome === value).length,
    })),
    { label: 'No outcome given', count: reflections.filter(({ outcome }) => outcome === null).length },
  ];
  const ratings = principles.map(({ id, title }) => {
    const given = reflections.flatMap((reflection) => {
      const rating = reflection.principles[id]?.rating;
      return typeof rating === 'number' ? [rating] : [];
    });
    const average = given.length === 0 ? null : given.reduce((sum, value) => sum + value, 0) / given.length;
    return { title, average, rated: given.length };
  });
  return { reflections: reflections.length, outcomes, ratings };
}

/** "3.5": one decimal, the way the report shows an average rating. */
export function formatAverage(average: number | null): string {
  return average === null ? 'not rated' : (Math.round(average * 10) / 10).toFixed(1);
}

/**
 * What the report's Progress figures are drawn from: the facts of exactly the reflections the
 * report holds (so private ones left out stay out of the figures too), over the exported period,
 * or from the first of them to today when the period is open.
 */
export function reportProgressInput(
  content: Pick<JournalSnapshot, 'reflections' | 'people'> & Partial<Pick<JournalSnapshot, 'preparations'>>,
  principles: readonly ResolvedPrinciple[],
  options: Pick<ExportOptions, 'from' | 'to'>,
  today: Day,
  weekStartsOn: WeekStartDay,
): ProgressReportInput {
  return {
    facts: content.reflections.flatMap((reflection) => toProgressFact(reflection) ?? []),
    range: { from: options.from, to: options.to ?? today },
    filters: noFilters,
    today,
    weekStartsOn,
    principles: principles.filter(({ isHidden }) => !isHidden).map(({ id, title }) => ({ id, title })),
    recordedRelationships: new Map(content.people.map(({ id, relationship }) => [id, relationship])),
    // The plans the report holds: their shares speak of the same conversations as its reflections.
    preparations: content.preparations ?? [],
  };
}
