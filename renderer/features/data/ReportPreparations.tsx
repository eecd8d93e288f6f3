import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { preparationFieldLabels, preparationStatusLabels } from '../../../shared/domain/preparationLabels';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { outcomeLabels, reflectionFieldLabels } from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { formatLocalDateTime } from '../journal/formatJournalDate';

function Entry({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="report-text">{text}</dd>
    </>
  );
}

function PlanSide({ plan, titles }: { plan: Preparation; titles: ReadonlyMap<string, string> }) {
  return (
    <div className="report-side">
      <h4>The plan</h4>
      <dl className="facts">
        <Entry label="Status" text={preparationStatusLabels[plan.status]} />
        <Entry label={preparationFieldLabels.goal} text={plan.goal} />
        {Object.entries(plan.principles).map(([id, { notes }]) => (
          <Entry key={id} label={titles.get(id) ?? 'Principle'} text={notes} />
        ))}
        <Entry label={preparationFieldLabels.objections} text={plan.objections} />
        <Entry label={preparationFieldLabels.opening} text={plan.opening} />
      </dl>
    </div>
  );
}

function OutcomeSide({ plan, reflection }: { plan: Preparation; reflection: Reflection | undefined }) {
  return (
    <div className="report-side">
      <h4>What happened</h4>
      {reflection === undefined ? (
        <p>
          {plan.reflectionId === null
            ? 'Not reflected on yet.'
            : 'The reflection on this conversation is not in this report.'}
        </p>
      ) : (
        <dl className="facts">
          <Entry
            label={reflectionFieldLabels.outcome}
            text={reflection.outcome === null ? '' : outcomeLabels[reflection.outcome]}
          />
          <Entry label={reflectionFieldLabels.expected} text={reflection.expected} />
          <Entry label={reflectionFieldLabels.actual} text={reflection.actual} />
          <Entry label={reflectionFieldLabels.whyDifferent} text={reflection.whyDifferent} />
          <Entry label={reflectionFieldLabels.learned} text={reflection.learned} />
        </dl>
      )}
    </div>
  );
}

/**
 * The report's "Preparations" part: each plan, in the order the conversations were planned, with
 * what happened beside it when the report holds the reflection that looked back on it.
 */
export function ReportPreparations({
  content,
  titles,
}: {
  content: JournalSnapshot;
  titles: ReadonlyMap<string, string>;
}) {
  if (content.preparations.length === 0) return null;
  const names = new Map(content.people.map(({ id, name }) => [id, name]));
  const reflections = new Map(content.reflections.map((reflection) => [reflection.id, reflection]));
  const ordered = [...content.preparations].sort((a, b) =>
    (a.plannedAt ?? a.createdAt).localeCompare(b.plannedAt ?? b.createdAt),
  );
  return (
    <section className="report-preparations" aria-labelledby="report-preparations">
      <h2 id="report-preparations">Preparations</h2>
      {ordered.map((plan) => {
        const people = plan.personIds.map((id) => names.get(id) ?? 'Someone').join(', ');
        const when = plan.plannedAt === null ? 'No time set' : formatLocalDateTime(plan.plannedAt);
        return (
          <article key={plan.id} className="report-reflection">
            <h3>
              {when}
              {people === '' ? '' : ` with ${people}`}
              {': '}
              {plan.goal.trim() === '' ? 'Untitled preparation' : plan.goal}
            </h3>
            <div className="report-plan-outcome">
              <PlanSide plan={plan} titles={titles} />
              <OutcomeSide
                plan={plan}
                reflection={plan.reflectionId === null ? undefined : reflections.get(plan.reflectionId)}
              />
            </div>
          </article>
        );
      })}
    </section>
  );
}
