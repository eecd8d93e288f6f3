import type { ReactNode } from 'react';
import { parseLocalDateTime } from '../../../shared/domain/localDateTime';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import {
  outcomeLabels,
  reflectionFieldLabels as labels,
  relationshipLabels,
} from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { summarizeReflection, type PrincipleSummary } from '../../../shared/domain/reflectionSummary';
import { useDateTimeFormat, type DateTimeFormatters } from '../dateTime/useDateTimeFormat';
import { usePeopleByIds } from './usePeopleByIds';

const notYet = <span className="muted">Not filled in</span>;

/** In the format chosen in Settings; a reading still being typed counts as not filled in. */
const whenIn = (format: DateTimeFormatters) => (value: string | null) =>
  value === null || parseLocalDateTime(value) === null ? null : format.dateTime(value);

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className="reflect-multiline">{children ?? notYet}</dd>
    </>
  );
}

const text = (value: string) => (value.trim() === '' ? null : value);

function principleLine({ applied, rating, answeredCheckCount }: PrincipleSummary): string {
  const parts = [
    applied === null ? 'Applied: not answered' : `Applied: ${applied ? 'yes' : 'no'}`,
    rating === null ? 'not rated' : `rated ${rating} of 5`,
  ];
  if (answeredCheckCount > 0) {
    parts.push(`${answeredCheckCount} question${answeredCheckCount === 1 ? '' : 's'} answered`);
  }
  return parts.join(', ');
}

export function SummaryStep({
  reflection,
  principles,
}: {
  reflection: Reflection;
  principles: readonly ResolvedPrinciple[];
}) {
  const people = usePeopleByIds(reflection.personIds);
  const summary = summarizeReflection(reflection, principles);
  const names = reflection.personIds.map((id) => people?.get(id)?.name ?? '…').join(', ');
  const when = whenIn(useDateTimeFormat());
  const followUp = when(reflection.nextStep.followUpAt);

  return (
    <>
      <p className="reflect-step-intro">
        Read it through once. Anything missing can be filled in now or later; the draft is already kept.
      </p>
      {summary.notes.length > 0 ? (
        <section className="reflect-notes" aria-labelledby="reflect-notes-heading">
          <h3 id="reflect-notes-heading">Worth a thought</h3>
          <ul>
            {summary.notes.map((note) => (
              <li key={`${note.kind}-${note.tacticId ?? ''}`} className="card">
                {note.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h3>The conversation</h3>
      <dl className="facts">
        <Fact term={labels.personIds}>{names === '' ? null : names}</Fact>
        <Fact term={labels.relationship}>
          {reflection.relationship === null ? null : relationshipLabels[reflection.relationship]}
        </Fact>
        <Fact term={labels.occurredAt}>{when(reflection.occurredAt)}</Fact>
        <Fact term={labels.asked}>{text(reflection.asked)}</Fact>
        <Fact term={labels.context}>{text(reflection.context)}</Fact>
        <Fact term={labels.approach}>{text(reflection.approach)}</Fact>
      </dl>
      <h3>Principles</h3>
      <ul className="reflect-principle-summary">
        {summary.principles.map((line) => (
          <li key={line.principleId}>
            <strong>{line.title}</strong>: {principleLine(line)}
          </li>
        ))}
      </ul>
      <h3>Outcome and next step</h3>
      <dl className="facts">
        <Fact term={labels.outcome}>
          {reflection.outcome === null ? null : outcomeLabels[reflection.outcome]}
        </Fact>
        <Fact term={labels.learned}>{text(reflection.learned)}</Fact>
        <Fact term={labels.nextStep}>{text(reflection.nextStep.text)}</Fact>
        <Fact term={labels.followUpAt}>{followUp}</Fact>
        <Fact term={labels.expected}>{text(reflection.expected)}</Fact>
        <Fact term={labels.actual}>{text(reflection.actual)}</Fact>
        <Fact term={labels.whyDifferent}>{text(reflection.whyDifferent)}</Fact>
        <Fact term={labels.tags}>{reflection.tags.length === 0 ? null : reflection.tags.join(', ')}</Fact>
        <Fact term="Marked">
          {[reflection.starred ? 'Starred' : null, reflection.isPrivate ? 'Private' : null]
            .filter((flag) => flag !== null)
            .join(', ') || null}
        </Fact>
      </dl>
    </>
  );
}
