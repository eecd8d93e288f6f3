import { scaleBand, scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import type { Escalations } from '../../../shared/progress/periodAggregates';
import type { Granularity } from '../../../shared/progress/progressCalendar';
import { ValueAxis } from './chartAxes';
import { PeriodChart, plotHeight, plotWidth } from './chartParts';
import { ProgressFigure } from './ProgressFigure';
import { formatPeriod, formatShare } from './progressFormat';

const MIN_ANSWERED = 2;

function trendText(escalations: Escalations, periodWord: string): string {
  const { trend } = escalations;
  if (trend === null) return `Not enough ${periodWord}s with answers to show a trend yet.`;
  const points = Math.abs(Math.round(trend.changePerPeriod * 100));
  if (trend.direction === 'steady') return `Trend: steady.`;
  return trend.direction === 'fewer'
    ? `Trend: fewer escalations, down about ${points} points a ${periodWord}.`
    : `Trend: more escalations, up about ${points} points a ${periodWord}.`;
}

export function EscalationsFigure({
  escalations,
  granularity,
}: {
  escalations: Escalations;
  granularity: Granularity;
}) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const periods = escalations.periods.map((period) => period.start);
  const x = scaleBand({ domain: periods, range: [0, plotWidth], padding: 0.2 });
  const y = scaleLinear({ domain: [0, 1], range: [plotHeight, 0] });
  const { trend } = escalations;
  // The trend line is drawn through the middle of the periods that have answers.
  const answeredIndexes = escalations.periods.flatMap((period, index) =>
    period.share === null ? [] : [index],
  );
  const shares = escalations.periods.flatMap((period) => (period.share === null ? [] : [period.share]));
  const meanIndex = answeredIndexes.reduce((a, b) => a + b, 0) / Math.max(1, answeredIndexes.length);
  const meanShare = shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length);
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const centre = (index: number) => (x(periods[index] ?? '') ?? 0) + x.bandwidth() / 2;
  const first = answeredIndexes[0] ?? 0;
  const last = answeredIndexes.at(-1) ?? 0;
  return (
    <ProgressFigure
      title="Escalations to your manager"
      caption={`The share of attempts each ${periodWord} that you took to your manager. ${trendText(escalations, periodWord)}`}
      needsMore={Math.max(0, MIN_ANSWERED - escalations.answered)}
      chart={
        <PeriodChart
          label={`Bars of the share of attempts taken to your manager per ${periodWord}, with a dashed trend line.`}
          x={x}
          periods={periods}
          granularity={granularity}
          valueAxis={<ValueAxis scale={y} ticks={[0, 0.25, 0.5, 0.75, 1]} format={formatShare} />}
        >
          {/* One path for every bar: a long range has a bar per period. */}
          <path
            className="progress-series-0 progress-bar"
            d={escalations.periods
              .map((period) => {
                if (period.share === null) return '';
                const top = y(period.share);
                const width = x.bandwidth();
                return `M${x(period.start) ?? 0},${top}h${width}v${plotHeight - top}h${-width}z`;
              })
              .join('')}
          />
          {trend !== null ? (
            <Line
              className="progress-trend"
              from={{
                x: centre(first),
                y: y(clamp(meanShare + trend.changePerPeriod * (first - meanIndex))),
              }}
              to={{ x: centre(last), y: y(clamp(meanShare + trend.changePerPeriod * (last - meanIndex))) }}
            />
          ) : null}
        </PeriodChart>
      }
      table={() => (
        <table>
          <caption>
            Attempts taken to your manager per {periodWord} ({escalations.escalated} of {escalations.answered}{' '}
            in all)
          </caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'week' ? 'Week' : 'Month'}</th>
              <th scope="col">Taken to your manager</th>
              <th scope="col">Attempts answered</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {escalations.periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{formatPeriod(period.start, granularity)}</th>
                <td>{period.escalated}</td>
                <td>{period.answered}</td>
                <td>{formatShare(period.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
