import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Relationship } from '../../../shared/domain/reflectionLabels';
import { addDays, type Day } from '../../../shared/progress/progressCalendar';
import {
  noFilters,
  resolveRange,
  type ProgressFilters,
  type ProgressRange,
  type RangePreset,
} from '../../../shared/progress/progressRange';
import type { ProgressReport } from '../../../shared/progress/progressReport';
import { monthsBetween, tagsBetween } from '../../../shared/progress/monthSummary';
import { buildProgressReportFromMonths } from '../../../shared/progress/monthSummaryReport';
import type { ProgressMonth } from '../../../shared/progress/progressMonth';
import { formatCount } from '../../app/formatCount';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { useJournal } from '../../db/JournalContext';
import { createProgressRepository } from '../../db/repositories/progressRepository';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { useWeekStart } from '../weekStart/useWeekStart';
import { useLocaleConventions } from '../../app/localeConventions';
import { appLocale } from '../dateTime/currentDateTimeStyle';
import { resolveWeekStart } from '../../../shared/domain/weekStartPreference';
import { useProgressInputs, useSteady } from './progressInputs';
import { CoverageFigure } from './CoverageFigure';
import { EscalationsFigure } from './EscalationsFigure';
import { HabitsFigure } from './HabitsFigure';
import { OutcomesFigure } from './OutcomesFigure';
import { PlansFigure } from './PlansFigure';
import { ProgressControls } from './ProgressControls';
import { formatDay, localToday } from './progressFormat';
import { RatingsFigure } from './RatingsFigure';
import { SphereFigure } from './SphereFigure';
import { StreakFigure } from './StreakFigure';
import { measured, measuredAsync } from './measured';
import { useDrawnMark } from './useDrawnMark';
import { memoryHolds } from './progressMemory';
import { useProgressMemory } from './useProgressMemory';
import './progress.css';

// Reports built from memory, by range and filters, kept while everything else a report is built
// from stays the same (one generation), each with the months it was summed from: going back to a
// range or filter draws without building, and so does a range none of whose months changed (more
// months read in the background, or a save in another month).
interface KeptReport {
  readonly report: ProgressReport;
  readonly months: readonly ProgressMonth[];
}
const reports = new WeakMap<object, Map<string, KeptReport>>();
function keptReports(generation: object): Map<string, KeptReport> {
  let kept = reports.get(generation);
  if (kept === undefined) {
    kept = new Map();
    reports.set(generation, kept);
  }
  return kept;
}

/** What a kept report is kept under: its range and filters. */
function reportKey(range: ProgressRange, filters: ProgressFilters): string {
  return JSON.stringify([range.from, range.to, filters.personId, filters.relationship, filters.tag]);
}

/** The months a range's report is summed from, oldest first: those from its first month (or the first) to its last. */
function monthsOfRange(months: ReadonlyMap<string, ProgressMonth>, range: ProgressRange): ProgressMonth[] {
  const first = range.from?.slice(0, 7) ?? '';
  const last = range.to.slice(0, 7);
  return [...months.values()]
    .filter(({ month }) => month >= first && month <= last)
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

const sameMonths = (a: readonly ProgressMonth[], b: readonly ProgressMonth[]) =>
  a.length === b.length && a.every((month, index) => month === b[index]);

/**
 * Progress: every figure from the facts of the range (read a month per record, and kept in memory
 * after the first draw), live, so a save in another window redraws it.
 */
export function ProgressPage() {
  usePageTitle('Progress');
  const journal = useJournal();
  const { readOnly } = useWorkspaceMode();
  const { visible } = usePrinciples();
  const progress = useMemo(() => createProgressRepository(journal.db), [journal.db]);
  // The moment the page opened: plans whose time passed before it count as prepared conversations.
  const [nowMs] = useState(() => Date.now());
  const today = useMemo(() => localToday(nowMs), [nowMs]);
  // People, plans, the first day and the week's start as read ahead in the background, until the
  // page's own live queries answer: so the first render can build and draw every figure at once.
  const ahead = useProgressInputs(journal);
  const { weekStartsOn: fromLocale } = useLocaleConventions(appLocale());
  const weekStartsOn =
    useWeekStart()?.weekStartsOn ??
    (ahead.weekStart === undefined ? undefined : resolveWeekStart(ahead.weekStart.preference, fromLocale));
  const [preset, setPreset] = useState<RangePreset>('3-months');
  const [custom, setCustom] = useState<{ from: Day; to: Day }>(() => ({
    from: addDays(today, -27),
    to: today,
  }));
  const [filters, setFilters] = useState<ProgressFilters>(noFilters);
  const range = useMemo(() => resolveRange(preset, today, custom), [preset, today, custom]);

  const request = useMemo(() => ({ from: range.from, to: range.to }), [range.from, range.to]);
  // The memory is read in the background once the app has started (ProgressWarmUp), newest months
  // first; the page draws from it as soon as it holds the months of the range. Only a first view
  // it cannot draw yet, or a memory that could not be read, reads the range's months itself. The
  // request goes along with the answer, so a report is only ever built from the range it shows.
  const [firstDrawn, setFirstDrawn] = useState(false);
  const memory = useProgressMemory(journal.db, progress, firstDrawn);
  const holdsRange = memoryHolds(memory, range.from);
  const readsItself = memory.state === 'failed' || (!holdsRange && !firstDrawn);
  const read = useLiveQuery(async () => {
    if (!readsItself) return null;
    return measuredAsync('progress:read', async () => {
      // The month records of the range, as they are stored: a report is summed from them, and
      // no month is turned into fact objects.
      const records =
        request.from === null
          ? await progress.monthsAfter(null, Number.MAX_SAFE_INTEGER)
          : (await progress.monthsNamed(monthsBetween(request.from, request.to))).filter(
              (month) => month !== undefined,
            );
      return { request, months: new Map(records.map((month) => [month.month, month])) };
    });
  }, [progress, request, readsItself]);
  const { months, summaries, relationshipSummaries } = memory;
  const remembered = useMemo(
    () =>
      !readsItself && holdsRange && months !== null && summaries !== null
        ? { months, summaries, relationshipSummaries: relationshipSummaries ?? undefined }
        : null,
    [readsItself, holdsRange, months, summaries, relationshipSummaries],
  );
  const holdsEverything = memoryHolds(memory, null);
  const current = read?.request === request ? read : undefined;
  // None of these queries answers undefined, so undefined means "not yet answered".
  const liveFirstDay = useLiveQuery(() => progress.firstDay(), [progress]);
  const firstDay = liveFirstDay === undefined ? ahead.firstDay : liveFirstDay;
  const people = useSteady(useLiveQuery(() => journal.people.all(), [journal.people]) ?? ahead.people);
  // Plans are few beside the facts, and read whole once per change.
  const preparations = useSteady(
    useLiveQuery(() => journal.preparations.all(), [journal.preparations]) ?? ahead.preparations,
  );

  // Steady too: the principles' own live answer may come again with the same list.
  const principles = useSteady(useMemo(() => visible.map(({ id, title }) => ({ id, title })), [visible]));
  const recordedRelationships = useMemo(
    () =>
      new Map<string, Relationship | null>((people ?? []).map((person) => [person.id, person.relationship])),
    [people],
  );
  const ready = weekStartsOn !== undefined && preparations !== undefined && people !== undefined;
  // Everything a report is built from besides the facts and the range.
  const common = useMemo(
    () => ({
      today,
      weekStartsOn: weekStartsOn ?? 1,
      principles,
      recordedRelationships,
      preparations: preparations ?? [],
      nowMs,
    }),
    [today, weekStartsOn, principles, recordedRelationships, preparations, nowMs],
  );
  // A new generation of kept reports whenever anything a report uses besides the months changes.
  const generation = common;
  // People are awaited too: their relationships feed the sphere, and a report built before they
  // arrive would be built again (and drawn twice) a moment later. From memory, a report is summed
  // from the months' summaries; before that (the first view) from the months read for its range.
  const fresh = useMemo(() => {
    if (!ready) return null;
    if (remembered !== null) {
      const key = reportKey(range, filters);
      const kept = keptReports(generation);
      const used = monthsOfRange(remembered.months, range);
      const before = kept.get(key);
      if (before !== undefined && sameMonths(before.months, used)) return before.report;
      const report = measured('progress:build', () =>
        buildProgressReportFromMonths({ ...common, ...remembered, range, filters }),
      );
      kept.set(key, { report, months: used });
      return report;
    }
    if (current === undefined) return null;
    return measured('progress:build', () =>
      buildProgressReportFromMonths({ ...common, months: current.months, range, filters }),
    );
  }, [current, remembered, ready, range, filters, common, generation]);
  // Once everything is in memory and the first figures are on screen, "All time" is built in the
  // page's next task, so changing to it (the range that costs the most) draws at once, and the
  // filters after it run warm code. Not at the next idle moment: that comes only after a frame,
  // and a choice made as the figures appear (the memory is whole 20-30 ms after them at 10,000)
  // found it not built yet and built it itself. After the first draw, so it never delays it.
  useEffect(() => {
    if (!firstDrawn || !holdsEverything || months === null || summaries === null || !ready) return;
    const allTime = resolveRange('all', today);
    const key = reportKey(allTime, noFilters);
    const kept = keptReports(generation);
    const isKept = () => {
      const before = kept.get(key);
      return before !== undefined && sameMonths(before.months, monthsOfRange(months, allTime));
    };
    if (isKept()) return;
    const timer = setTimeout(() => {
      if (isKept()) return;
      kept.set(key, {
        report: measured('progress:ahead', () =>
          buildProgressReportFromMonths({ ...common, months, summaries, range: allTime, filters: noFilters }),
        ),
        months: monthsOfRange(months, allTime),
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [firstDrawn, holdsEverything, months, summaries, ready, today, common, generation]);
  // While a new range or filter is read, the figures of the last one stay on screen.
  const [report, setReport] = useState<ProgressReport | null>(null);
  if (fresh !== null && fresh !== report) setReport(fresh);
  // Said aloud and on screen, so the last figures are never taken for the new choice's.
  const updating = fresh === null && report !== null;
  useDrawnMark(report, () => setFirstDrawn(true));
  // The tag choices likewise stay while a new range is read, so a chosen tag never loses its option.
  const tagChoices = useMemo(() => {
    if (remembered !== null) return tagsBetween(remembered.months, range.from, range.to);
    if (current === undefined) return undefined;
    return tagsBetween(current.months, range.from, range.to);
  }, [remembered, current, range.from, range.to]);
  const [tags, setTags] = useState<readonly string[]>([]);
  if (tagChoices !== undefined && tagChoices !== tags) setTags(tagChoices);
  const names = useMemo(() => new Map((people ?? []).map((person) => [person.id, person.name])), [people]);
  const nameOf = useCallback((id: string) => names.get(id) ?? 'Someone removed', [names]);

  // The figures are made again only for a new report: the page renders again for much else (a live
  // answer, the memory growing, a choice being read), and the figures of a long journal are
  // thousands of elements.
  const figures = useMemo(
    () =>
      report === null ? null : (
        <>
          <RatingsFigure ratings={report.ratings} granularity={report.frame.granularity} />
          <OutcomesFigure outcomes={report.outcomes} granularity={report.frame.granularity} />
          <EscalationsFigure escalations={report.escalations} granularity={report.frame.granularity} />
          <StreakFigure streaks={report.streaks} weekStartsOn={report.frame.weekStartsOn} />
          <CoverageFigure coverage={report.coverage} />
          <SphereFigure sphere={report.sphere} nameOf={nameOf} />
          <HabitsFigure habits={report.habits} />
          <PlansFigure plans={report.plans} granularity={report.frame.granularity} />
        </>
      ),
    [report, nameOf],
  );

  if (firstDay === null) {
    return (
      <section className="page progress-page">
        <PageHeading>Progress</PageHeading>
        <p>
          Once you save complete reflections, this page charts how you rate and practise each principle, how
          your attempts turn out, how often you take things to your manager, your reflection streak and the
          people around you, with a few plain insights. Nothing leaves this computer.
        </p>
        {readOnly ? null : (
          <p>
            <Link to="/new">New reflection</Link>
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="page progress-page">
      <PageHeading>Progress</PageHeading>
      <ProgressControls
        preset={preset}
        custom={custom}
        filters={filters}
        people={people ?? []}
        tags={tags}
        onPreset={setPreset}
        onCustom={setCustom}
        onFilters={setFilters}
      />
      {report === null ? (
        <p role="status">Reading your journal…</p>
      ) : (
        <>
          <p role="status" className="progress-count">
            {report.reflections === 1
              ? '1 complete reflection'
              : `${formatCount(report.reflections)} complete reflections`}{' '}
            from {formatDay(report.frame.from)} to {formatDay(report.frame.to)}.
          </p>
          {updating ? (
            <p role="status" className="progress-updating">
              Reading the rest of your journal for this choice…
            </p>
          ) : null}
          <h2>Insights</h2>
          {report.insights.length === 0 ? (
            <p>
              Insights appear when this range holds enough to go on: for example 20 answers to the escalation
              question, or 10 reflections.
            </p>
          ) : (
            <ul className="progress-insights">
              {report.insights.map((insight) => (
                <li key={insight.rule}>{insight.text}</li>
              ))}
            </ul>
          )}
          <div className="progress-figures" aria-busy={updating}>
            {figures}
          </div>
        </>
      )}
    </section>
  );
}
