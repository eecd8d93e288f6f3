import { generateJournal, type GeneratedJournal } from '../../../shared/domain/generateJournal';
import { addCalendarDays, localPartsOf, type CalendarDay } from '../../../shared/domain/localDateTime';

/** The seed makes the sample the same reflections, people and words every time it is opened. */
export const SAMPLE_SEED = 20261206;
/** About four months: enough for Progress's three-month view, its weeks and its trends. */
export const SAMPLE_DAYS = 120;
export const SAMPLE_REFLECTIONS = 96;
export const SAMPLE_PEOPLE = 8;

const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = ({ year, month, day }: CalendarDay) => `${year}-${pad(month)}-${pad(day)}`;

/**
 * The sample journal for someone whose today is `nowMs` in `timeZone`. The seed fixes what is
 * written; the dates end yesterday, so Progress's recent periods have something to show and no
 * reflection lies in the future.
 */
export function sampleJournalContents(nowMs: number, timeZone: string): GeneratedJournal {
  const today = localPartsOf(nowMs, timeZone);
  const endDate = isoDay(addCalendarDays(today, -1));
  const startDate = isoDay(addCalendarDays(today, -SAMPLE_DAYS));
  return generateJournal({
    seed: SAMPLE_SEED,
    reflections: SAMPLE_REFLECTIONS,
    people: SAMPLE_PEOPLE,
    startDate,
    endDate,
    timeZone,
  });
}
