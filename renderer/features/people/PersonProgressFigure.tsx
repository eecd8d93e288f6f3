import { scaleBand, scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import type { PersonProgress } from '../../../shared/progress/personProgress';
import { countTicks, ValueAxis } from '../progress/chartAxes';
import { Marker, PeriodChart, plotHeight, plotWidth } from '../progress/chartParts';
import { OutcomeHatch, OutcomeLegend, OutcomeStacks } from '../progress/outcomeBars';
import { ProgressFigure } from '../progress/ProgressFigure';
import { formatAverage, formatPeriod } from '../progress/progressFormat';
import '../progress/progress.css';

export const PERSON_PROGRESS_TITLE = 'Outcomes and trust with this person';
/** Fewer reflections than this make a line of one point, which says nothing about change. */
const MIN_REFLECTIONS = 2;
const HATCH_ID = 'person-progress-hatch';

/**
 * A person's page: each period's outcomes as stacked bars, drawn as Progress draws "Outcomes by
 * week" (outcomeBars.tsx), and the average trust afterwards as a line with markers, in the
 * text colour (progress.css, `.progress-trust`) so it stands apart from every outcome's colour.
 */
export function PersonProgressFigure({ name, progress }: { name: string; progress: PersonProgress }) {
  const { granularity } = progress.frame;
  const periodWord = granularity === 'week' ? 'week' : 'month';
  const periods = progress.periods.map((period) => period.start);
  const highest = Math.max(1, ...progress.periods.map((period) => period.total));
  const x = scaleBand({ domain: periods, range: [0, plotWidth], padding: 0.2 });
  const count = scaleLinear({ domain: [0, highest], range: [plotHeight, 0], nice: true });
  const trust = scaleLinear({ domain: [1, 5], range: [plotHeight, 0] });
  const centre = (start: string) => (x(start) ?? 0) + x.bandwidth() / 2;

  return (
    <ProgressFigure
      title={PERSON_PROGRESS_TITLE}
      caption={`How your attempts with ${name} turned out each ${periodWord}, and how much you trusted each other afterwards (1 to 5).`}
      needsMore={Math.max(0, MIN_REFLECTIONS - progress.reflections)}
      chart={
        <>
          <OutcomeLegend>
            <li>
              <svg
                className="progress-legend-marker progress-trust"
                width="14"
                height="14"
                aria-hidden="true"
              >
                <Marker shape="diamond" x={7} y={7} size={4} />
              </svg>{' '}
              Trust afterwards (right-hand scale)
            </li>
          </OutcomeLegend>
          <PeriodChart
            label={`Stacked bars of outcomes with ${name} per ${periodWord} and a line of average trust; the table under Show data has every value.`}
            x={x}
            periods={periods}
            granularity={granularity}
            defs={<OutcomeHatch id={HATCH_ID} />}
            valueAxis={
              <>
                <ValueAxis scale={count} ticks={countTicks(count, highest)} />
                <ValueAxis scale={trust} ticks={[1, 2, 3, 4, 5]} side="right" left={plotWidth} />
              </>
            }
          >
            <OutcomeStacks periods={progress.periods} x={x} y={count} hatchId={HATCH_ID} />
            <g className="progress-trust">
              <LinePath
                data={[...progress.periods]}
                x={(period) => centre(period.start)}
                y={(period) => trust(period.averageTrust ?? 1)}
                defined={(period) => period.averageTrust !== null}
                className="progress-line"
              />
              {progress.periods.map((period) =>
                period.averageTrust === null ? null : (
                  <Marker
                    key={period.start}
                    shape="diamond"
                    x={centre(period.start)}
                    y={trust(period.averageTrust)}
                    size={4}
                  />
                ),
              )}
            </g>
          </PeriodChart>
        </>
      }
      table={
        <table>
          <caption>
            Attempts with {name} per {periodWord} by outcome, and the average trust afterwards
          </caption>
          <thead>
            <tr>
              <th scope="col">{granularity === 'week' ? 'Week' : 'Month'}</th>
              {outcomeValues.map((outcome) => (
                <th scope="col" key={outcome}>
                  {outcomeLabels[outcome]}
                </th>
              ))}
              <th scope="col">Average trust</th>
            </tr>
          </thead>
          <tbody>
            {progress.periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{formatPeriod(period.start, granularity)}</th>
                {outcomeValues.map((outcome) => (
                  <td key={outcome}>{period.counts[outcome]}</td>
                ))}
                <td>{period.averageTrust === null ? 'not rated' : formatAverage(period.averageTrust)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
