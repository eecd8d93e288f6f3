import { Group } from '@visx/group';
import type { PickD3Scale } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { ReactNode } from 'react';
import type { Day, Granularity } from '../../../shared/progress/progressCalendar';
import { PeriodAxis } from './chartAxes';

/** Every chart draws into this box and scales with its container, so nothing is measured. */
export const CHART = { width: 640, height: 240, top: 16, right: 16, bottom: 36, left: 44 } as const;
export const plotWidth = CHART.width - CHART.left - CHART.right;
export const plotHeight = CHART.height - CHART.top - CHART.bottom;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
const shapes: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];

/** Series differ by shape as well as colour, so no reader depends on telling colours apart. */
export function markerFor(index: number): MarkerShape {
  return shapes[index % shapes.length] ?? 'circle';
}

/** A class whose colour comes from a theme custom property (see progress.css). */
export function seriesClass(index: number): string {
  return `progress-series-${index % 8}`;
}

export function Marker({
  shape,
  x,
  y,
  size = 5,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  size?: number;
}) {
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} />;
    case 'triangle':
      return (
        <polygon points={`${x},${y - size - 1} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`} />
      );
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${x - size},${y - size}L${x + size},${y + size}M${x - size},${y + size}L${x + size},${y - size}`}
          className="progress-cross"
        />
      );
  }
}

/** The outline of one marker, as path data: the same shapes `Marker` draws. */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 5): string {
  switch (shape) {
    case 'circle':
      return `M${x - size},${y}a${size},${size} 0 1,0 ${size * 2},0a${size},${size} 0 1,0 ${-size * 2},0z`;
    case 'square':
      return `M${x - size},${y - size}h${size * 2}v${size * 2}h${-size * 2}z`;
    case 'triangle':
      return `M${x},${y - size - 1}L${x + size + 1},${y + size}L${x - size - 1},${y + size}z`;
    case 'diamond':
      return `M${x},${y - size - 1}L${x + size + 1},${y}L${x},${y + size + 1}L${x - size - 1},${y}z`;
    case 'cross':
      return `M${x - size},${y - size}L${x + size},${y + size}M${x - size},${y + size}L${x + size},${y - size}`;
  }
}

/**
 * Many markers of one series as a single path: a long range has a marker per period and series,
 * hundreds of elements that each redraw would otherwise create.
 */
export function Markers({
  shape,
  points,
  size = 5,
}: {
  shape: MarkerShape;
  points: readonly { readonly x: number; readonly y: number }[];
  size?: number;
}) {
  if (points.length === 0) return null;
  return (
    <path
      d={points.map(({ x, y }) => markerPath(shape, x, y, size)).join('')}
      className={shape === 'cross' ? 'progress-cross' : undefined}
    />
  );
}

/** A legend swatch: the series' marker in its colour, beside its name. */
export function LegendMarker({ index }: { index: number }) {
  return (
    <svg className={`progress-legend-marker ${seriesClass(index)}`} width="14" height="14" aria-hidden="true">
      <Marker shape={markerFor(index)} x={7} y={7} size={5} />
    </svg>
  );
}

/** Ticks for period axes: at most about eight labels, so they never overlap. */
export function periodTickValues(periods: readonly Day[]): Day[] {
  const every = Math.max(1, Math.ceil(periods.length / 8));
  return periods.filter((_, index) => index % every === 0);
}

/**
 * One bar of a horizontal bar chart, its value written just past its end so the number never
 * depends on reading the bar's length.
 */
export function ValueBar({
  top,
  left,
  length,
  thickness,
  series,
  children,
}: {
  top: number;
  left: number;
  length: number;
  thickness: number;
  series: number;
  children: string;
}) {
  return (
    <Group top={top} left={left}>
      <Bar
        className={`${seriesClass(series)} progress-bar`}
        x={0}
        y={1}
        width={length}
        height={thickness - 2}
      />
      <text className="progress-value" x={length + 4} y={thickness / 2} dominantBaseline="middle">
        {children}
      </text>
    </Group>
  );
}

/** A row's name at the left of a horizontal bar chart, centred on its band. */
export function RowLabel({ band, children }: { band: number; children: ReactNode }) {
  return (
    <text className="progress-label" x={0} y={band / 2} dominantBaseline="middle">
      {children}
    </text>
  );
}

/**
 * The frame of every chart over weeks or months: the plot box, the period axis under it, the
 * value axis the figure gives, and the figure's marks.
 */
export function PeriodChart({
  label,
  x,
  periods,
  granularity,
  valueAxis,
  defs,
  children,
}: {
  label: string;
  x: PickD3Scale<'band' | 'point', number, Day>;
  periods: readonly Day[];
  granularity: Granularity;
  valueAxis: ReactNode;
  defs?: ReactNode;
  children: ReactNode;
}) {
  return (
    <svg
      className="progress-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={label}
    >
      {defs}
      <Group left={CHART.left} top={CHART.top}>
        {valueAxis}
        <PeriodAxis
          x={x}
          ticks={periodTickValues(periods)}
          granularity={granularity}
          top={plotHeight}
          width={plotWidth}
        />
        {children}
      </Group>
    </svg>
  );
}
