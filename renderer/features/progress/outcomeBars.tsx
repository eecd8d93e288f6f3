import type { PickD3Scale } from '@visx/scale';
import type { ReactNode } from 'react';
import { outcomeLabels, outcomeValues } from '../../../shared/domain/reflectionLabels';
import type { OutcomePeriod } from '../../../shared/progress/periodAggregates';
import type { Day } from '../../../shared/progress/progressCalendar';

/** The two harder outcomes are hatched as well as coloured, so colour never carries them alone. */
const isHatched = (outcome: string) => outcome === 'not-yet' || outcome === 'made-it-worse';

/** The legend of the outcome colours, with any further entries the figure draws after them. */
export function OutcomeLegend({ children }: { children?: ReactNode }) {
  return (
    <ul className="progress-legend">
      {outcomeValues.map((outcome) => (
        <li key={outcome}>
          <svg className="progress-legend-marker" width="14" height="14" aria-hidden="true">
            <rect className={`progress-outcome-${outcome}`} x="1" y="1" width="12" height="12" />
          </svg>{' '}
          {outcomeLabels[outcome]}
        </li>
      ))}
      {children}
    </ul>
  );
}

/** The hatching pattern; its id must be unique on the page, so each figure names its own. */
export function OutcomeHatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" className="progress-hatch-line" />
      </pattern>
    </defs>
  );
}

/**
 * Each period's outcomes stacked in one bar, bottom up in the order of the legend. Drawn as one
 * path per outcome (and one per hatching) rather than an element per bar: at All time a journal of
 * years had about a thousand elements here, most of what redrawing this figure cost.
 */
export function OutcomeStacks({
  periods,
  x,
  y,
  hatchId,
}: {
  periods: readonly OutcomePeriod[];
  x: PickD3Scale<'band', number, Day>;
  y: PickD3Scale<'linear', number>;
  hatchId: string;
}) {
  const paths = new Map<string, string[]>(outcomeValues.map((outcome) => [outcome, []]));
  const width = x.bandwidth();
  for (const period of periods) {
    const left = x(period.start) ?? 0;
    let below = 0;
    for (const outcome of outcomeValues) {
      const count = period.counts[outcome];
      if (count === 0) continue;
      const top = y(below + count);
      const height = y(below) - top;
      below += count;
      paths.get(outcome)?.push(`M${left} ${top}h${width}v${height}h${-width}z`);
    }
  }
  return outcomeValues.map((outcome) => {
    const d = (paths.get(outcome) ?? []).join('');
    if (d === '') return null;
    return (
      <g key={outcome}>
        <path className={`progress-outcome-${outcome}`} d={d} />
        {isHatched(outcome) ? <path fill={`url(#${hatchId})`} d={d} /> : null}
      </g>
    );
  });
}
