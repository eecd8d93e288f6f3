import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { Link, useOutletContext } from 'react-router';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { resolveRange } from '../../../shared/progress/progressRange';
import { buildProgressReport } from '../../../shared/progress/progressReport';
import { PageHeading } from '../../app/PageHeading';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { useJournal } from '../../db/JournalContext';
import { createProgressRepository } from '../../db/repositories/progressRepository';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { localToday } from '../progress/progressFormat';
import { useWeekStart } from '../weekStart/useWeekStart';
import { describePeriod, describeReflectionCount } from './clientFacts';
import { useCoach } from './coachServices';
import { ExportFeedback } from './ExportFeedback';
import { buildSessionAgenda } from './sessionAgenda';
import { SessionNotes } from './SessionNotes';

const PREVIEW_CHARS = 120;

function preview(reflection: Reflection): string {
  const text = reflection.asked.trim() || reflection.context.trim() || reflection.learned.trim();
  if (text === '') return 'Nothing written';
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function AgendaList({
  title,
  ids,
  byId,
  emptyText,
  clientId,
}: {
  title: string;
  ids: readonly string[];
  byId: ReadonlyMap<string, Reflection>;
  emptyText: string;
  clientId: string;
}) {
  const headingId = useId();
  const format = useDateTimeFormat();
  return (
    <section className="coach-agenda" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {ids.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul>
          {ids.map((id) => {
            const reflection = byId.get(id);
            return (
              <li key={id}>
                <Link to={`/coach/${clientId}/reflections/${id}`}>
                  {reflection?.occurredAt ? format.day(reflection.occurredAt) : 'No date'}
                </Link>
                {reflection === undefined ? null : `: ${preview(reflection)}`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The client's period as an agenda for the next session, the coach's notes, and "Export feedback". */
export function ClientSummaryPage() {
  const client = useOutletContext<CoachClientRecord>();
  // The period below is written in the date format chosen in Settings: follow it as it changes.
  useDateTimeFormat();
  const journal = useJournal();
  const { notes } = useCoach();
  const { visible } = usePrinciples();
  const weekStartsOn = useWeekStart()?.weekStartsOn;
  const progress = useMemo(() => createProgressRepository(journal.db), [journal.db]);
  // As of the client's last reflection: the insights' "last 3 months" are theirs, not the coach's calendar.
  const today = client.periodTo ?? localToday();
  // A month of facts per record: a 50,000-reflection client is a few dozen reads, not 50,000.
  const facts = useLiveQuery(() => progress.monthFactsBetween(null, today), [progress, today]);
  const flags = useLiveQuery(() => notes.flagsFor(client.id), [notes, client.id]);

  const agenda = useMemo(
    () =>
      facts === undefined || flags === undefined
        ? null
        : buildSessionAgenda(
            facts,
            flags.map(({ reflectionId }) => reflectionId),
          ),
    [facts, flags],
  );
  const insights = useMemo(() => {
    if (facts === undefined || weekStartsOn === undefined) return null;
    const principles = visible.map(({ id, title }) => ({ id, title }));
    return buildProgressReport({
      facts,
      range: resolveRange('all', today),
      filters: { personId: null, relationship: null, tag: null },
      today,
      weekStartsOn,
      principles,
    }).insights;
  }, [facts, weekStartsOn, visible, today]);
  const agendaIds = useMemo(
    () =>
      agenda === null
        ? []
        : [...new Set([...agenda.flagged, ...agenda.manipulativeTactics, ...agenda.escalations])],
    [agenda],
  );
  const shown = useLiveQuery(
    async () => new Map((await journal.reflections.getMany(agendaIds)).map((r) => [r.id, r])),
    [journal.reflections, agendaIds.join(',')],
  );

  const agendaId = useId();
  const notesId = useId();
  const exportId = useId();
  return (
    <section className="page coach-summary">
      <PageHeading>Summary</PageHeading>
      <p>
        {client.name}: {describeReflectionCount(client.reflectionCount)}, {describePeriod(client)}.
      </p>
      <section aria-labelledby={agendaId}>
        <h2 id={agendaId}>Agenda for the next session</h2>
        <h3>Insights</h3>
        {insights === null ? (
          <p className="muted">Reading the journal…</p>
        ) : insights.length === 0 ? (
          <p className="muted">Not enough complete reflections in this journal for an insight yet.</p>
        ) : (
          <ul className="progress-insights">
            {insights.map((insight) => (
              <li key={insight.rule}>{insight.text}</li>
            ))}
          </ul>
        )}
        {agenda === null || shown === undefined ? (
          <p className="muted">Reading the journal…</p>
        ) : (
          <>
            <AgendaList
              title="Needs discussion"
              ids={agenda.flagged}
              byId={shown}
              clientId={client.id}
              emptyText='No reflection is marked "Needs discussion".'
            />
            <AgendaList
              title="Manipulative tactics"
              ids={agenda.manipulativeTactics}
              byId={shown}
              clientId={client.id}
              emptyText="No reflection records a manipulative tactic."
            />
            <AgendaList
              title="Taken to the manager"
              ids={agenda.escalations}
              byId={shown}
              clientId={client.id}
              emptyText="No reflection was taken to the manager."
            />
          </>
        )}
      </section>
      <section aria-labelledby={notesId}>
        <h2 id={notesId}>Session notes</h2>
        <SessionNotes clientId={client.id} />
      </section>
      <section aria-labelledby={exportId}>
        <h2 id={exportId}>Feedback for {client.name}</h2>
        <ExportFeedback client={client} />
      </section>
    </section>
  );
}
