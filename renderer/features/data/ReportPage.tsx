import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import {
  builtInPrinciples,
  resolvePrinciples,
  type ResolvedPrinciple,
} from '../../../shared/domain/principles';
import { outcomeLabels, reflectionFieldLabels } from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { WeekStartDay } from '../../../shared/progress/progressCalendar';
import { buildProgressReport } from '../../../shared/progress/progressReport';
import { formatCount } from '../../app/formatCount';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { deviceTimeZone } from '../../../shared/domain/localDateTime';
import { usePlatform } from '../../platform/PlatformContext';
import { formatLocalDateTime, formatLocalDay } from '../journal/formatJournalDate';
import { CoverageFigure } from '../progress/CoverageFigure';
import { EscalationsFigure } from '../progress/EscalationsFigure';
import { HabitsFigure } from '../progress/HabitsFigure';
import { OutcomesFigure } from '../progress/OutcomesFigure';
import { PlansFigure } from '../progress/PlansFigure';
import { FigureTablesShown } from '../progress/ProgressFigure';
import { formatDay, localToday } from '../progress/progressFormat';
import { RatingsFigure } from '../progress/RatingsFigure';
import { SphereFigure } from '../progress/SphereFigure';
import { StreakFigure } from '../progress/StreakFigure';
import { useWeekStart } from '../weekStart/useWeekStart';
import { chosenContent, exportFileName } from './exportFiles';
import { readReportOptions } from './reportRoute';
import { formatAverage, reportProgressInput, summariseReport } from './reportSummary';
import { ActionStatus } from './ActionStatus';
import { ReportPreparations } from './ReportPreparations';
import { errorText } from '../../../shared/app/errorText';
import { useJournalData } from './useJournalData';
import '../progress/progress.css';
import './data.css';
import './report.css';

function periodText(options: ExportOptions): string {
  const day = (value: string) => formatLocalDay(`${value}T00:00`);
  if (options.from !== null && options.to !== null) return `${day(options.from)} to ${day(options.to)}`;
  if (options.from !== null) return `From ${day(options.from)}`;
  if (options.to !== null) return `Until ${day(options.to)}`;
  return 'The whole journal';
}

function TextBlock({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="report-text">{text}</dd>
    </>
  );
}

function ReportReflection({
  reflection,
  names,
  titles,
}: {
  reflection: Reflection;
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
}) {
  const people = reflection.personIds.map((id) => names.get(id) ?? 'Someone').join(', ');
  const rated = Object.entries(reflection.principles).filter(
    ([, entry]) => entry.applied !== null || entry.rating !== null || entry.notes.trim() !== '',
  );
  return (
    <article className="report-reflection">
      <h3>
        {reflection.occurredAt === null ? 'No date' : formatLocalDateTime(reflection.occurredAt)}
        {': '}
        {reflection.asked.trim() === '' ? 'Untitled reflection' : reflection.asked}
      </h3>
      <dl className="facts">
        {people !== '' ? <TextBlock label={reflectionFieldLabels.personIds} text={people} /> : null}
        {reflection.outcome !== null ? (
          <TextBlock label={reflectionFieldLabels.outcome} text={outcomeLabels[reflection.outcome]} />
        ) : null}
        <TextBlock label={reflectionFieldLabels.context} text={reflection.context} />
        <TextBlock label={reflectionFieldLabels.approach} text={reflection.approach} />
        <TextBlock label={reflectionFieldLabels.expected} text={reflection.expected} />
        <TextBlock label={reflectionFieldLabels.actual} text={reflection.actual} />
        <TextBlock label={reflectionFieldLabels.whyDifferent} text={reflection.whyDifferent} />
        {rated.map(([id, entry]) => (
          <TextBlock
            key={id}
            label={titles.get(id) ?? 'Principle'}
            text={[
              entry.applied === null ? '' : entry.applied ? 'Applied.' : 'Not applied.',
              entry.rating === null ? '' : `Rated ${entry.rating} of 5.`,
              entry.notes,
            ]
              .filter((part) => part.trim() !== '')
              .join(' ')}
          />
        ))}
        <TextBlock label={reflectionFieldLabels.learned} text={reflection.learned} />
        <TextBlock label={reflectionFieldLabels.nextStep} text={reflection.nextStep.text} />
        <TextBlock label={reflectionFieldLabels.tags} text={reflection.tags.join(', ')} />
      </dl>
    </article>
  );
}

/** The Progress page's figures, each with its table shown, for the reflections in the report. */
function ReportProgress({
  content,
  principles,
  options,
  weekStartsOn,
}: {
  content: JournalSnapshot;
  principles: readonly ResolvedPrinciple[];
  options: ExportOptions;
  weekStartsOn: WeekStartDay;
}) {
  const report = useMemo(
    () => buildProgressReport(reportProgressInput(content, principles, options, localToday(), weekStartsOn)),
    [content, principles, options, weekStartsOn],
  );
  const names = new Map(content.people.map(({ id, name }) => [id, name]));
  const { granularity } = report.frame;
  return (
    <section className="report-progress" aria-labelledby="report-progress">
      <h2 id="report-progress">Progress</h2>
      <p>
        {report.reflections === 1
          ? '1 complete reflection'
          : `${formatCount(report.reflections)} complete reflections`}{' '}
        from {formatDay(report.frame.from)} to {formatDay(report.frame.to)}.
      </p>
      <FigureTablesShown.Provider value={true}>
        <div className="progress-figures">
          <RatingsFigure ratings={report.ratings} granularity={granularity} />
          <OutcomesFigure outcomes={report.outcomes} granularity={granularity} />
          <EscalationsFigure escalations={report.escalations} granularity={granularity} />
          <StreakFigure streaks={report.streaks} weekStartsOn={report.frame.weekStartsOn} />
          <CoverageFigure coverage={report.coverage} />
          <SphereFigure sphere={report.sphere} nameOf={(id) => names.get(id) ?? 'Someone removed'} />
          <HabitsFigure habits={report.habits} />
          <PlansFigure plans={report.plans} granularity={granularity} />
        </div>
      </FigureTablesShown.Provider>
    </section>
  );
}

function Report({
  snapshot,
  options,
  weekStartsOn,
}: {
  snapshot: JournalSnapshot;
  options: ExportOptions;
  weekStartsOn: WeekStartDay;
}) {
  const content = useMemo(() => chosenContent(snapshot, options), [snapshot, options]);
  const principles = useMemo(
    () => resolvePrinciples(builtInPrinciples, content.principleSettings),
    [content.principleSettings],
  );
  const summary = summariseReport(content, principles);
  const names = new Map(content.people.map(({ id, name }) => [id, name]));
  const titles = new Map(principles.map(({ id, title }) => [id, title]));
  const ordered = [...content.reflections].sort((a, b) =>
    (a.occurredAt ?? a.createdAt).localeCompare(b.occurredAt ?? b.createdAt),
  );
  return (
    <>
      <section className="report-cover" aria-labelledby="report-summary">
        <p className="report-period">{periodText(options)}</p>
        <h2 id="report-summary">Summary</h2>
        <p>
          {formatCount(summary.reflections)} {summary.reflections === 1 ? 'reflection' : 'reflections'}
        </p>
        <table className="report-table">
          <caption>Outcomes</caption>
          <tbody>
            {summary.outcomes.map(({ label, count }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{formatCount(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-table">
          <caption>Average rating per principle (1 to 5)</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Average</th>
              <th scope="col">Rated in</th>
            </tr>
          </thead>
          <tbody>
            {summary.ratings.map(({ title, average, rated }) => (
              <tr key={title}>
                <th scope="row">{title}</th>
                <td>{formatAverage(average)}</td>
                <td>{formatCount(rated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ReportProgress
        content={content}
        principles={principles}
        options={options}
        weekStartsOn={weekStartsOn}
      />
      <ReportPreparations content={content} titles={titles} />
      <section aria-labelledby="report-reflections">
        <h2 id="report-reflections">Reflections</h2>
        {ordered.length === 0 ? <p>No reflection matches these choices.</p> : null}
        {ordered.map((reflection) => (
          <ReportReflection key={reflection.id} reflection={reflection} names={names} titles={titles} />
        ))}
      </section>
    </>
  );
}

/**
 * The coach's report as a page made for printing. The desktop app has main print it to a PDF and
 * asks where to save it; a browser opens its print dialog, which saves PDFs too. Either starts
 * once by itself when the journal has been read.
 */
export function ReportPage() {
  usePageTitle('Report');
  const location = useLocation();
  const platform = usePlatform();
  const options = useMemo(() => readReportOptions(location.search), [location.search]);
  const { state } = useJournalData();
  // The figures count weeks from the journal's own first day of the week.
  const weekStartsOn = useWeekStart()?.weekStartsOn;
  const printed = useRef(false);
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { saveReportPdf } = platform.files;

  const print = useCallback(async () => {
    if (saveReportPdf === undefined) return window.print();
    setSaved('');
    setFailure(null);
    try {
      const result = await saveReportPdf(exportFileName(new Date(), deviceTimeZone(), 'pdf', 'report'));
      setSaved(
        result.saved
          ? `Saved the report to ${result.path ?? 'the chosen folder'}.`
          : 'The report was not saved.',
      );
    } catch (error) {
      setFailure(`The PDF report failed: ${errorText(error)}`);
    }
  }, [saveReportPdf]);

  useEffect(() => {
    if (state.status !== 'ready' || weekStartsOn === undefined || options === null || printed.current) return;
    // After this frame is painted, so the print shows the whole report.
    const frame = requestAnimationFrame(() => {
      printed.current = true;
      void print();
    });
    return () => cancelAnimationFrame(frame);
  }, [state.status, weekStartsOn, options, print]);

  return (
    <div className="page data-page report-page">
      <PageHeading>Influence Journal report</PageHeading>
      <div className="button-row report-actions">
        <button type="button" className="button button-primary" onClick={() => void print()}>
          {saveReportPdf === undefined ? 'Print or save as PDF' : 'Save as PDF'}
        </button>
        <Link className="button" to="/data">
          Back to Data
        </Link>
      </div>
      <ActionStatus status={saved} failure={failure} className="report-actions" />
      {options === null ? (
        <p role="alert">This report address has no readable choices. Go back to Data and choose again.</p>
      ) : null}
      {state.status === 'loading' ? <p className="muted">Reading your journal…</p> : null}
      {state.status === 'error' ? <p role="alert">Your journal could not be read: {state.message}</p> : null}
      {state.status === 'ready' && options !== null && weekStartsOn !== undefined ? (
        <Report snapshot={state.snapshot} options={options} weekStartsOn={weekStartsOn} />
      ) : null}
    </div>
  );
}
