import { Fragment } from 'react';
import { Link } from 'react-router';
import {
  outcomeLabels,
  reflectionFieldLabels as labels,
  relationshipLabels,
} from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { summarizeReflection } from '../../../shared/domain/reflectionSummary';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { EntryPrinciples } from './EntryPrinciples';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import type { PeopleById } from './usePeopleNames';

function TextSection({ title, text, emptyText }: { title: string; text: string; emptyText?: string }) {
  if (text.trim() === '' && emptyText === undefined) return null;
  return (
    <section className="entry-section">
      <h2>{title}</h2>
      {text.trim() === '' ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <p className="entry-text" dir="auto">
          {text}
        </p>
      )}
    </section>
  );
}

function PeopleLinks({ personIds, peopleById }: { personIds: readonly string[]; peopleById: PeopleById }) {
  // A client's people have no pages in a coach's workspace: their names are text.
  const { readOnly } = useWorkspaceMode();
  if (personIds.length === 0) return <>No one yet</>;
  return (
    <>
      {personIds.map((id, index) => {
        const person = peopleById?.get(id);
        return (
          <Fragment key={id}>
            {index > 0 ? ', ' : null}
            {person && readOnly ? (
              person.name
            ) : person ? (
              <Link to={`/people/${id}`} dir="auto">
                {person.name}
              </Link>
            ) : person === undefined ? (
              '…'
            ) : (
              'Someone who was removed'
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/**
 * Everything in a reflection, as text. Nothing here is ever parsed as HTML: whatever
 * someone typed, markup included, reads back exactly as typed.
 */
export function EntryDetails({ reflection, peopleById }: { reflection: Reflection; peopleById: PeopleById }) {
  const { all: principles } = usePrinciples();
  const format = useDateTimeFormat();
  const summary = summarizeReflection(reflection, principles);
  const { nextStep } = reflection;
  return (
    <>
      <dl className="facts entry-section" aria-label="About this reflection">
        <dt>{labels.occurredAt}</dt>
        <dd>
          {reflection.occurredAt === null
            ? 'No date yet'
            : `${format.dateTime(reflection.occurredAt)} (${reflection.timeZone})`}
        </dd>
        <dt>{labels.personIds}</dt>
        <dd>
          <PeopleLinks personIds={reflection.personIds} peopleById={peopleById} />
        </dd>
        <dt>{labels.relationship}</dt>
        <dd>{reflection.relationship === null ? 'Not set' : relationshipLabels[reflection.relationship]}</dd>
        <dt>{labels.outcome}</dt>
        <dd>{reflection.outcome === null ? 'Not set' : outcomeLabels[reflection.outcome]}</dd>
        <dt>Status</dt>
        <dd>{reflection.status === 'draft' ? 'Draft' : 'Complete'}</dd>
        <dt>{labels.tags}</dt>
        <dd>
          {reflection.tags.length === 0 ? (
            'None'
          ) : (
            <span className="entry-tags">
              {reflection.tags.map((tag) => (
                <span key={tag} className="tag" dir="auto">
                  {tag}
                </span>
              ))}
            </span>
          )}
        </dd>
        <dt>Private</dt>
        <dd>{reflection.isPrivate ? 'Yes: left out of anything you export for a coach' : 'No'}</dd>
      </dl>

      <TextSection title={labels.asked} text={reflection.asked} emptyText="Not written yet." />
      <TextSection title={labels.context} text={reflection.context} />
      <TextSection title={labels.approach} text={reflection.approach} />

      <section className="entry-section">
        <h2>Principles</h2>
        <EntryPrinciples reflection={reflection} summaries={summary.principles} />
      </section>

      <TextSection title={labels.expected} text={reflection.expected} />
      <TextSection title={labels.actual} text={reflection.actual} />
      <TextSection title={labels.whyDifferent} text={reflection.whyDifferent} />
      <TextSection title={labels.learned} text={reflection.learned} />

      {nextStep.text.trim() !== '' || nextStep.followUpAt !== null ? (
        <section className="entry-section">
          <h2>{labels.nextStep}</h2>
          {nextStep.text.trim() === '' ? null : (
            <p className="entry-text" dir="auto">
              {nextStep.text}
            </p>
          )}
          {nextStep.followUpAt === null ? null : (
            <p>
              {labels.followUpAt}: {format.dateTime(nextStep.followUpAt)} ({nextStep.timeZone})
            </p>
          )}
        </section>
      ) : null}

      {summary.notes.length > 0 ? (
        <section className="entry-section">
          <h2>Notes for next time</h2>
          <ul className="entry-notes">
            {summary.notes.map((note) => (
              <li key={`${note.kind}:${note.tacticId ?? ''}`}>{note.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
