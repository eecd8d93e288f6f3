import type { PickD3Scale } from '@visx/scale';
import type { Day, Granularity } from '../../../shared/progress/progressCalendar';
import { formatPeriodTick } from './progressFormat';

// Plain SVG text at known positions. The chart library's axes measure every label in the DOM
// (and parse CSS lengths) to place it, which cost more than the rest of a figure's drawing.
const TICK = 4;
const LABEL_GAP = 6;

/** A vertical axis of values, ticks only (no line), on the left of the plot or at `left`. */
export function ValueAxis({
  scale,
  ticks,
  format = String,
  side = 'left',
  left = 0,
}: {
  scale: PickD3Scale<'linear', number>;
  ticks: readonly number[];
  format?: (value: number) => string;
  side?: 'left' | 'right';
  left?: number;
}) {
  const direction = side === 'left' ? -1 : 1;
  return (
    <g className="progress-axis" transform={`translate(${left}, 0)`} aria-hidden="true">
      {ticks.map((value) => (
        <g key={value} transform={`translate(0, ${scale(value)})`}>
          <line x2={direction * TICK} />
          <text x={direction * LABEL_GAP} dy="0.32em" textAnchor={side === 'left' ? 'end' : 'start'}>
            {format(value)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Whole-number ticks up to `highest` (at most about five), for counts. */
export function countTicks(scale: PickD3Scale<'linear', number>, highest: number): number[] {
  return scale.ticks(Math.min(5, highest)).filter((value) => Number.isInteger(value));
}

/** The horizontal axis of weeks or months under the plot, its labels centred on their period. */
export function PeriodAxis({
  x,
  ticks,
  granularity,
  top,
  width,
}: {
  x: PickD3Scale<'band' | 'point', number, Day>;
  ticks: readonly Day[];
  granularity: Granularity;
  top: number;
  width: number;
}) {
  const half = x.bandwidth() / 2;
  return (
    <g className="progress-axis" transform={`translate(0, ${top})`} aria-hidden="true">
      <line x2={width} />
      {ticks.map((start) => (
        <g key={start} transform={`translate(${(x(start) ?? 0) + half}, 0)`}>
          <line y2={TICK} />
          <text y={TICK + LABEL_GAP} dy="0.71em" textAnchor="middle">
            {formatPeriodTick(start, granularity)}
          </text>
        </g>
      ))}
    </g>
  );
}
