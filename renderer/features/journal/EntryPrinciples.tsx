import { Fragment } from 'react';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { PrincipleSummary } from '../../../shared/domain/reflectionSummary';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { describeCheckAnswers } from './describeCheckAnswers';

function appliedText(applied: boolean | null): string {
  if (applied === null) return 'Not answered';
  return applied ? 'Applied' : 'Not applied';
}

/** Each principle the reflection has answers for: applied, rating, notes and check answers, as text. */
export function EntryPrinciples({
  reflection,
  summaries,
}: {
  reflection: Reflection;
  summaries: readonly PrincipleSummary[];
}) {
  const { renderPrincipleExtra } = useWorkspaceMode();
  const recorded = summaries.filter(({ principleId }) => reflection.principles[principleId] !== undefined);
  if (recorded.length === 0) return <p className="muted">No principles recorded.</p>;
  return (
    <ul className="entry-principles">
      {recorded.map(({ principleId, title, applied, rating }) => {
        const entry = reflection.principles[principleId];
        const answers = entry ? describeCheckAnswers(entry.checks) : [];
        return (
          <li key={principleId} className="card">
            <h3>{title}</h3>
            <p className="entry-text" dir="auto">
              {appliedText(applied)}
              {rating === null ? '' : ` · rated ${rating} of 5`}
            </p>
            {entry && entry.notes.trim() !== '' ? (
              <p className="entry-text" dir="auto">
                {entry.notes}
              </p>
            ) : null}
            {answers.length > 0 ? (
              <dl className="facts">
                {answers.map(({ checkId, question, answer }) => (
                  <Fragment key={checkId}>
                    <dt>{question}</dt>
                    <dd className="entry-text" dir="auto">
                      {answer}
                    </dd>
                  </Fragment>
                ))}
              </dl>
            ) : null}
            {renderPrincipleExtra?.(reflection.id, principleId)}
          </li>
        );
      })}
    </ul>
  );
}
