import { AxisLeft } from '@visx/axis';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import type { OutcomePeriod } from '../../../shared/progress/periodAggregates';
import type { Granularity } from '../../../shared/progress/progressCalendar';
import { PeriodChart, plotHeight, plotWidth } from './chartParts';
import { ProgressFigure } from './ProgressFigure';
import { formatPeriod } from './progressFormat';

const MIN_WITH_OUTCOME = 2;

/** Outcome colours come from the theme; the two harder outcomes are also hatched, so colour is never alone. */
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
          <ul className="progress-legend">
            {outcomeValues.map((outcome) => (
              <li key={outcome}>
                <svg className="progress-legend-marker" width="14" height="14" aria-hidden="true">
                  <rect className={`progress-outcome-${outcome}`} x="1" y="1" width="12" height="12" />
                </svg>{' '}
                {outcomeLabels[outcome]}
              </li>
            ))}
          </ul>
          <PeriodChart
            label={`Stacked bars of outcomes per ${periodWord}; the table under Show data has every count.`}
            x={x}
            periods={periods}
            granularity={granularity}
            defs={
              <defs>
                <pattern
                  id="progress-hatch"
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <line x1="0" y1="0" x2="0" y2="6" className="progress-hatch-line" />
                </pattern>
              </defs>
            }
            valueAxis={
              <AxisLeft
                scale={y}
                numTicks={Math.min(5, highest)}
                tickFormat={(value) => String(value)}
                hideAxisLine
              />
            }
          >
            {outcomes.map((period) => {
              let below = 0;
              return outcomeValues.map((outcome) => {
                const count = period.counts[outcome];
                if (count === 0) return null;
                const top = y(below + count);
                const height = y(below) - top;
                below += count;
                const barX = x(period.start) ?? 0;
                const hatched = outcome === 'not-yet' || outcome === 'made-it-worse';
                return (
                  <g key={`${period.start}-${outcome}`}>
                    <Bar
                      x={barX}
                      y={top}
                      width={x.bandwidth()}
                      height={height}
                      className={`progress-outcome-${outcome}`}
                    />
                    {hatched ? (
                      <Bar
                        x={barX}
                        y={top}
                        width={x.bandwidth()}
                        height={height}
                        fill="url(#progress-hatch)"
                      />
                    ) : null}
                  </g>
                );
              });
            })}
          </PeriodChart>
        </>
      }
      table={
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
      }
    />
  );
}
