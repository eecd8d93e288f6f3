import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import {
  MIN_MEANINGFUL_SAMPLE,
  type OutcomeHabit,
  type ShareOfAchieved,
} from '../../../shared/progress/periodAggregates';
import { RowLabel, ValueBar } from './chartParts';
import { ProgressFigure } from './ProgressFigure';
import { formatShare } from './progressFormat';

const WIDTH = 640;
const LABEL_WIDTH = 200;
const ROW = 56;

const sides = [
  { key: 'withPrinciple', label: 'Practised', series: 0 },
  { key: 'withoutPrinciple', label: 'Not practised', series: 2 },
] as const;

function shareText({ achieved, attempts, share }: ShareOfAchieved): string {
  return attempts === 0 ? 'no attempts' : `${formatShare(share)} (${achieved} of ${attempts})`;
}

export function HabitsFigure({ habits }: { habits: readonly OutcomeHabit[] }) {
  const attempts = (habits[0]?.withPrinciple.attempts ?? 0) + (habits[0]?.withoutPrinciple.attempts ?? 0);
  const height = Math.max(1, habits.length) * ROW;
  const rows = scaleBand({
    domain: habits.map((habit) => habit.principleId),
    range: [0, height],
    padding: 0.2,
  });
  const x = scaleLinear({ domain: [0, 1], range: [0, WIDTH - LABEL_WIDTH - 190] });
  const barHeight = rows.bandwidth() / 2;
  return (
    <ProgressFigure
      title="What goes with good outcomes"
      caption={`For each principle, the share of attempts achieved when you practised it (applied, or rated 4 or 5) and when you did not. Fewer than ${MIN_MEANINGFUL_SAMPLE} attempts on a side is too few to mean much.`}
      needsMore={Math.max(0, MIN_MEANINGFUL_SAMPLE - attempts)}
      chart={
        <svg
          className="progress-chart"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label="Two bars per principle, practised and not practised, each labelled with its share achieved and counts."
        >
          {habits.map((habit) => (
            <Group key={habit.principleId} top={rows(habit.principleId) ?? 0}>
              <RowLabel band={rows.bandwidth()}>
                {habit.title}
                {habit.tooSmallSample ? ' *' : ''}
              </RowLabel>
              {sides.map((side, index) => (
                <ValueBar
                  key={side.key}
                  top={index * barHeight}
                  left={LABEL_WIDTH}
                  length={x(habit[side.key].share ?? 0)}
                  thickness={barHeight}
                  series={side.series}
                >
                  {`${side.label}: ${shareText(habit[side.key])}`}
                </ValueBar>
              ))}
            </Group>
          ))}
        </svg>
      }
      table={() => (
        <table>
          <caption>
            Attempts achieved with and without each principle (* too few attempts to mean much)
          </caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Achieved when practised</th>
              <th scope="col">Achieved when not practised</th>
              <th scope="col">Enough data</th>
            </tr>
          </thead>
          <tbody>
            {habits.map((habit) => (
              <tr key={habit.principleId}>
                <th scope="row">{habit.title}</th>
                <td>{shareText(habit.withPrinciple)}</td>
                <td>{shareText(habit.withoutPrinciple)}</td>
                <td>{habit.tooSmallSample ? 'No: too few attempts' : 'Yes'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
