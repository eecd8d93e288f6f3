import { describeTrustTrend, type TrustTrend } from './trustTrend';

const WIDTH = 64;
const HEIGHT = 18;
const MAX_POINTS = 20;

/** The trust trend as text, with a tiny sparkline of the latest ratings beside it. */
export function TrustTrendText({ trend }: { trend: TrustTrend | null }) {
  const text = describeTrustTrend(trend);
  const values = trend?.values.slice(-MAX_POINTS) ?? [];
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  // Ratings run 1-5; leave a pixel top and bottom so the line is never clipped.
  const points = values.map(
    (value, index) =>
      `${(index * step).toFixed(1)},${(HEIGHT - 1 - ((value - 1) / 4) * (HEIGHT - 2)).toFixed(1)}`,
  );
  return (
    <span className="trust-trend">
      <span>{text}</span>
      {values.length > 1 ? (
        <svg
          className="trust-sparkline"
          width={WIDTH}
          height={HEIGHT}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`Trust ratings over time: ${values.join(', ')}`}
        >
          <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      ) : null}
    </span>
  );
}
