import { scaleBand, scaleLinear } from '@visx/scale';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import type { OutcomePeriod } from '../../../shared/progress/periodAggregates';
import type { Granularity } from '../../../shared/progress/progressCalendar';
import { countTicks, ValueAxis } from './chartAxes';
import { PeriodChart, plotHeight, plotWidth } from './chartParts';
import { OutcomeHatch, OutcomeLegend, OutcomeStacks } from './outcomeBars';
import { ProgressFigure } from './ProgressFigure';
import { formatPeriod } from './progressFormat';

const MIN_WITH_OUTCOME = 2;
const HATCH_ID = 'progress-hatch';

/** Outcome colours come from the theme; the two harder outcomes are also hatched (outcomeBars.tsx). */
export function OutcomesFigure({
  outcomes,
  granularity,
}: {
  outcomes: readonly OutcomePeriod[];
  granularity: Granularity;
}) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const total = outcomes.reduce((sum, period) => sum + period.total, 0);
  const highest = Math.max(1, ...outcomes.map((period) => period.total));
  const periods = outcomes.map((period) => period.start);
  const x = scaleBand({ domain: periods, range: [0, plotWidth], padding: 0.2 });
  const y = scaleLinear({ domain: [0, highest], range: [plotHeight, 0], nice: true });
  return (
    <ProgressFigure
      // The name stays "Outcomes by week" in every range, so it is found by the same name; the
      // caption says when the bars stand for months.
      title="Outcomes by week"
      caption={
        granularity === 'week'
          ? 'How many attempts each week were achieved, partly achieved, not yet achieved, or made worse.'
          : 'Over more than six months the bars are grouped by month: how many attempts each month were achieved, partly achieved, not yet achieved, or made worse.'
      }
      needsMore={Math.max(0, MIN_WITH_OUTCOME - total)}
      chart={
        <>
          <OutcomeLegend />
          <PeriodChart
            label={`Stacked bars of outcomes per ${periodWord}; the table under Show data has every count.`}
            x={x}
            periods={periods}
            granularity={granularity}
            defs={<OutcomeHatch id={HATCH_ID} />}
            valueAxis={<ValueAxis scale={y} ticks={countTicks(y, highest)} />}
          >
            <OutcomeStacks periods={outcomes} x={x} y={y} hatchId={HATCH_ID} />
          </PeriodChart>
        </>
      }
      table={() => (
        <table>
          <caption>Attempts per {periodWord} by outcome</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'week' ? 'Week' : 'Month'}</th>
              {outcomeValues.map((outcome) => (
                <th scope="col" key={outcome}>
                  {outcomeLabels[outcome]}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((period) => (
              <tr key={period.start}>
                <th scope="row">{formatPeriod(period.start, granularity)}</th>
                {outcomeValues.map((outcome) => (
                  <td key={outcome}>{period.counts[outcome]}</td>
                ))}
                <td>{period.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
