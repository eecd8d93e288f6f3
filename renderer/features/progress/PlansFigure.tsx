import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import {
  MIN_COUNT_FOR_A_TREND,
  shareOf,
  type OutcomeGroup,
  type PlansFollowedThrough,
} from '../../../shared/progress/plansFollowedThrough';
import type { Granularity } from '../../../shared/progress/progressCalendar';
import { ValueAxis } from './chartAxes';
import { PeriodChart, plotHeight, plotWidth, RowLabel, ValueBar } from './chartParts';
import { ProgressFigure } from './ProgressFigure';
import { formatPeriod, formatShare } from './progressFormat';

export const PLANS_FIGURE_TITLE = 'Plans followed through';

const WIDTH = 640;
const LABEL_WIDTH = 150;
const ROW = 34;

const conversations = (count: number) => `${count} ${count === 1 ? 'conversation' : 'conversations'}`;

/** "3 of 5 achieved (60%)": the count behind the share, always beside it. */
function achievedText(group: OutcomeGroup): string {
  if (group.withOutcome === 0) return 'no outcome given';
  const share = formatShare(shareOf(group.counts.achieved, group.withOutcome));
  return `${group.counts.achieved} of ${group.withOutcome} achieved (${share})`;
}

/** Plain words for counts too small to read much into; none when every count is large enough. */
function warnings(plans: PlansFollowedThrough): string[] {
  const said: string[] = [];
  if (plans.prepared > 0 && plans.prepared < MIN_COUNT_FOR_A_TREND) {
    said.push(
      `Only ${conversations(plans.prepared)} you prepared for ${plans.prepared === 1 ? 'has' : 'have'} passed in this range: too few for the share to say much yet.`,
    );
  }
  const smaller = Math.min(plans.withPlan.withOutcome, plans.withoutPlan.withOutcome);
  if (smaller < MIN_COUNT_FOR_A_TREND) {
    said.push(
      `Fewer than ${MIN_COUNT_FOR_A_TREND} conversations with an outcome ${plans.withPlan.withOutcome < plans.withoutPlan.withOutcome ? 'had a plan' : 'had no plan'}: the difference in outcomes may be chance.`,
    );
  }
  if (plans.plansFilteredByPersonOnly) {
    said.push('Plans have no tags or relationship of their own: only the person filter narrows them.');
  }
  return said;
}

function SharesChart({ plans, granularity }: { plans: PlansFollowedThrough; granularity: Granularity }) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const periods = plans.periods.map((period) => period.start);
  const x = scaleBand({ domain: periods, range: [0, plotWidth], padding: 0.2 });
  const y = scaleLinear({ domain: [0, 1], range: [plotHeight, 0] });
  return (
    <PeriodChart
      label={`Bars of the share of prepared conversations you reflected on per ${periodWord}; the table under Show data has every count.`}
      x={x}
      periods={periods}
      granularity={granularity}
      valueAxis={<ValueAxis scale={y} ticks={[0, 0.25, 0.5, 0.75, 1]} format={formatShare} />}
    >
      {/* One path for every bar: "All time" on a long journal has a bar per month. */}
      <path
        className="progress-series-0 progress-bar"
        d={plans.periods
          .map((period) => {
            const share = shareOf(period.reflected, period.prepared);
            if (share === null) return '';
            const top = y(share);
            const width = x.bandwidth();
            return `M${x(period.start) ?? 0},${top}h${width}v${plotHeight - top}h${-width}z`;
          })
          .join('')}
      />
    </PeriodChart>
  );
}

/** Two bars, with a plan and without: the share achieved, each with its counts written beside it. */
function ComparisonChart({ plans }: { plans: PlansFollowedThrough }) {
  const groups = [
    { key: 'with', label: 'With a plan', group: plans.withPlan },
    { key: 'without', label: 'Without a plan', group: plans.withoutPlan },
  ] as const;
  const height = groups.length * ROW * 1.3;
  const rows = scaleBand({ domain: groups.map(({ key }) => key), range: [0, height], padding: 0.25 });
  const x = scaleLinear({ domain: [0, 1], range: [0, WIDTH - LABEL_WIDTH - 200] });
  return (
    <svg
      className="progress-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Share of conversations achieved: with a plan ${achievedText(plans.withPlan)}; without a plan ${achievedText(plans.withoutPlan)}.`}
    >
      {groups.map(({ key, label, group }, index) => (
        <Group key={key} top={rows(key) ?? 0}>
          <RowLabel band={rows.bandwidth()}>{label}</RowLabel>
          <ValueBar
            top={0}
            left={LABEL_WIDTH}
            length={x(shareOf(group.counts.achieved, group.withOutcome) ?? 0)}
            thickness={rows.bandwidth()}
            series={index}
          >
            {achievedText(group)}
          </ValueBar>
        </Group>
      ))}
    </svg>
  );
}

function Tables({ plans, granularity }: { plans: PlansFollowedThrough; granularity: Granularity }) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const groups = [
    { label: 'With a plan', group: plans.withPlan },
    { label: 'Without a plan', group: plans.withoutPlan },
  ];
  return (
    <>
      <table>
        <caption>
          Prepared conversations reflected on per {periodWord} ({plans.reflected} of {plans.prepared} in all)
        </caption>
        <thead>
          <tr>
            <th scope="col">{granularity === 'week' ? 'Week' : 'Month'}</th>
            <th scope="col">Prepared</th>
            <th scope="col">Reflected on</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {plans.periods.map((period) => (
            <tr key={period.start}>
              <th scope="row">{formatPeriod(period.start, granularity)}</th>
              <td>{period.prepared}</td>
              <td>{period.reflected}</td>
              <td>{formatShare(shareOf(period.reflected, period.prepared))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Outcomes of conversations with and without a plan</caption>
        <thead>
          <tr>
            <th scope="col">Conversations</th>
            {outcomeValues.map((outcome) => (
              <th scope="col" key={outcome}>
                {outcomeLabels[outcome]}
              </th>
            ))}
            <th scope="col">No outcome given</th>
            <th scope="col">Achieved</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ label, group }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {outcomeValues.map((outcome) => (
                <td key={outcome}>{group.counts[outcome]}</td>
              ))}
              <td>{group.reflections - group.withOutcome}</td>
              <td>{formatShare(shareOf(group.counts.achieved, group.withOutcome))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * "Plans followed through": how many prepared conversations were reflected on, and how
 * conversations with a plan turned out against those without. Every share has its counts beside it.
 */
export function PlansFigure({
  plans,
  granularity,
}: {
  plans: PlansFollowedThrough;
  granularity: Granularity;
}) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const nothingYet = plans.prepared === 0 && plans.withPlan.reflections === 0;
  const said = warnings(plans);
  return (
    <ProgressFigure
      title={PLANS_FIGURE_TITLE}
      caption={`The share of conversations you prepared for that you reflected on each ${periodWord}, and how conversations with a plan turned out against those without.`}
      chart={
        nothingYet ? (
          <p className="progress-needs-more">
            Once a conversation you prepared for with “Prepare a conversation” has passed, this shows whether
            you reflected on it.
          </p>
        ) : (
          <>
            <SharesChart plans={plans} granularity={granularity} />
            <ComparisonChart plans={plans} />
            {said.map((text) => (
              <p key={text} className="progress-needs-more">
                {text}
              </p>
            ))}
          </>
        )
      }
      table={() => <Tables plans={plans} granularity={granularity} />}
    />
  );
}
