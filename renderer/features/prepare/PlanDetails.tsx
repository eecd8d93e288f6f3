import {
  preparationFieldLabels as labels,
  preparationPromptFor,
} from '../../../shared/domain/preparationLabels';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { usePeopleByIds } from '../reflect/usePeopleByIds';

/** Who and when, in one line: "Tom · Tue 10 Mar 2026, 14:00". */
export function PlanWhoAndWhen({ preparation }: { preparation: Preparation }) {
  const people = usePeopleByIds(preparation.personIds);
  const format = useDateTimeFormat();
  const names = preparation.personIds.map(
    (id) => people?.get(id)?.name ?? 'Someone no longer in the journal',
  );
  return (
    <p className="plan-who-when">
      <span>{names.length === 0 ? 'No one chosen yet' : names.join(', ')}</span>
      <span>{preparation.plannedAt === null ? 'No time set' : format.dateTime(preparation.plannedAt)}</span>
    </p>
  );
}

function Answer({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <div className="plan-answer">
      <dt>{label}</dt>
      <dd dir="auto">{text}</dd>
    </div>
  );
}

/** One principle's plan, when there is one. */
export function PlanPrinciple({
  preparation,
  principle,
}: {
  preparation: Preparation;
  principle: ResolvedPrinciple;
}) {
  const notes = preparation.principles[principle.id]?.notes ?? '';
  if (notes.trim() === '') return null;
  return (
    <dl className="plan-answers">
      <Answer label={principle.title} text={notes} />
    </dl>
  );
}

/**
 * The whole plan as written: who, when, the goal, each principle's block that has words,
 * objections and the opening. Text is rendered as text, as typed.
 */
export function PlanDetails({
  preparation,
  principles,
  headingLevel = 3,
}: {
  preparation: Preparation;
  principles: readonly ResolvedPrinciple[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const withNotes = principles.filter(({ id }) => (preparation.principles[id]?.notes ?? '').trim() !== '');
  return (
    <div className="plan-details">
      <PlanWhoAndWhen preparation={preparation} />
      <dl className="plan-answers">
        <Answer label={labels.goal} text={preparation.goal} />
      </dl>
      {withNotes.length === 0 ? null : (
        <>
          <Heading className="plan-subheading">{labels.principles}</Heading>
          <dl className="plan-answers">
            {withNotes.map((principle) => (
              <div key={principle.id} className="plan-answer">
                <dt>
                  {principle.title}
                  <span className="visually-hidden">: {preparationPromptFor(principle.id)}</span>
                </dt>
                <dd dir="auto">{preparation.principles[principle.id]?.notes}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <dl className="plan-answers">
        <Answer label={labels.objections} text={preparation.objections} />
        <Answer label={labels.opening} text={preparation.opening} />
      </dl>
    </div>
  );
}
