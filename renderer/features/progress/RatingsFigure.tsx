import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { RatingsOverTime } from '../../../shared/progress/periodAggregates';
import type { Granularity } from '../../../shared/progress/progressCalendar';
import { ValueAxis } from './chartAxes';
import {
  LegendMarker,
  Markers,
  markerFor,
  PeriodChart,
  plotHeight,
  plotWidth,
  seriesClass,
} from './chartParts';
import { ProgressFigure } from './ProgressFigure';
import { formatAverage, formatPeriod } from './progressFormat';

const MIN_RATED = 2;

export function RatingsFigure({
  ratings,
  granularity,
}: {
  ratings: RatingsOverTime;
  granularity: Granularity;
}) {
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const rated = ratings.lines.reduce((sum, line) => sum + line.counts.reduce((a, b) => a + b, 0), 0);
  const x = scalePoint({ domain: [...ratings.periods], range: [0, plotWidth], padding: 0.5 });
  const y = scaleLinear({ domain: [1, 5], range: [plotHeight, 0] });
  return (
    <ProgressFigure
      title="Principle ratings over time"
      caption={`Your average rating of each principle per ${periodWord}, from 1 to 5; a break in a line is a ${periodWord} without ratings.`}
      needsMore={Math.max(0, MIN_RATED - rated)}
      chart={
        <>
          <ul className="progress-legend">
            {ratings.lines.map((line, index) => (
              <li key={line.principleId}>
                <LegendMarker index={index} /> {line.title}
              </li>
            ))}
          </ul>
          <PeriodChart
            label={`Lines of average ratings per ${periodWord}; the table under Show data has every value.`}
            x={x}
            periods={ratings.periods}
            granularity={granularity}
            valueAxis={<ValueAxis scale={y} ticks={[1, 2, 3, 4, 5]} />}
          >
            {ratings.lines.map((line, index) => {
              const points = ratings.periods.map((period, i) => ({
                period,
                average: line.averages[i] ?? null,
              }));
              return (
                <g key={line.principleId} className={seriesClass(index)}>
                  <LinePath
                    data={points}
                    x={(point) => x(point.period) ?? 0}
                    y={(point) => y(point.average ?? 1)}
                    defined={(point) => point.average !== null}
                    className="progress-line"
                  />
                  <Markers
                    shape={markerFor(index)}
                    points={points.flatMap((point) =>
                      point.average === null ? [] : [{ x: x(point.period) ?? 0, y: y(point.average) }],
                    )}
                    size={4}
                  />
                </g>
              );
            })}
          </PeriodChart>
        </>
      }
      table={() => (
        <table>
          <caption>Average rating per {periodWord} (number of ratings)</caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'week' ? 'Week' : 'Month'}</th>
              {ratings.lines.map((line) => (
                <th scope="col" key={line.principleId}>
                  {line.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ratings.periods.map((period, i) => (
              <tr key={period}>
                <th scope="row">{formatPeriod(period, granularity)}</th>
                {ratings.lines.map((line) => (
                  <td key={line.principleId}>
                    {formatAverage(line.averages[i] ?? null)}
                    {(line.counts[i] ?? 0) > 0 ? ` (${line.counts[i] ?? 0})` : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
