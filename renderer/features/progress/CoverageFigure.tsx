import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import type { PrincipleCoverage } from '../../../shared/progress/periodAggregates';
import { RowLabel, ValueBar } from './chartParts';
import { ProgressFigure } from './ProgressFigure';

const WIDTH = 640;
const LABEL_WIDTH = 200;
const ROW = 36;

const parts = [
  { key: 'applied', label: 'Applied' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'unrated', label: 'Left unrated' },
] as const;

export function CoverageFigure({ coverage }: { coverage: readonly PrincipleCoverage[] }) {
  const reflections = coverage[0]?.reflections ?? 0;
  const least = [...coverage].sort((a, b) => a.applied - b.applied)[0];
  const height = Math.max(1, coverage.length) * ROW * 1.6;
  const rows = scaleBand({ domain: coverage.map((c) => c.principleId), range: [0, height], padding: 0.25 });
  const x = scaleLinear({ domain: [0, Math.max(1, reflections)], range: [0, WIDTH - LABEL_WIDTH - 130] });
  const partHeight = rows.bandwidth() / parts.length;
  return (
    <ProgressFigure
      title="Principle coverage"
      caption={
        least === undefined || reflections === 0
          ? 'How often each principle was applied, skipped or left unrated.'
          : `How often each principle was applied, skipped or left unrated; ${least.title} was applied least (${least.applied} of ${reflections}).`
      }
      needsMore={Math.max(0, 1 - reflections)}
      chart={
        <svg
          className="progress-chart"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label="Three bars per principle: applied, skipped and left unrated, each labelled with its count."
        >
          {coverage.map((entry) => (
            <Group key={entry.principleId} top={rows(entry.principleId) ?? 0}>
              <RowLabel band={rows.bandwidth()}>{entry.title}</RowLabel>
              {parts.map((part, index) => (
                <ValueBar
                  key={part.key}
                  top={index * partHeight}
                  left={LABEL_WIDTH}
                  length={x(entry[part.key])}
                  thickness={partHeight}
                  series={index}
                >
                  {`${part.label} ${entry[part.key]}`}
                </ValueBar>
              ))}
            </Group>
          ))}
        </svg>
      }
      table={() => (
        <table>
          <caption>Reflections per principle ({reflections} in this range)</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {parts.map((part) => (
                <th scope="col" key={part.key}>
                  {part.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.map((entry) => (
              <tr key={entry.principleId}>
                <th scope="row">{entry.title}</th>
                {parts.map((part) => (
                  <td key={part.key}>{entry[part.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
