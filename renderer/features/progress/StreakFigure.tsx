import { Group } from '@visx/group';
import { daysBetween, periodStartOf, type WeekStartDay } from '../../../shared/progress/progressCalendar';
import type { Streaks } from '../../../shared/progress/streaksAndPeople';
import { ProgressFigure } from './ProgressFigure';
import { formatDay } from './progressFormat';

const CELL = 12;
const GAP = 2;
const LEFT = 4;
const TOP = 4;
const weekdayShort = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Shades step with the count and each step is also a size, so a count never rests on colour alone. */
function level(count: number): 0 | 1 | 2 | 3 {
  return count === 0 ? 0 : count === 1 ? 1 : count === 2 ? 2 : 3;
}

/**
 * One path per shade rather than one element per day: at All time a journal of years has thousands
 * of days, and thousands of elements were most of what a redraw cost. Days run one after another
 * from the first, so there is no date arithmetic per square.
 */
function squaresByShade(days: Streaks['days'], leadingDays: number): string[] {
  const paths: string[][] = [[], [], [], []];
  days.forEach(({ count }, index) => {
    const offset = leadingDays + index;
    const shade = level(count);
    const inset = shade === 0 ? 0 : (3 - shade) * 1.5;
    const size = CELL - inset * 2;
    const x = Math.floor(offset / 7) * (CELL + GAP) + inset;
    const y = (offset % 7) * (CELL + GAP) + inset;
    paths[shade]?.push(`M${x} ${y}h${size}v${size}h${-size}z`);
  });
  return paths.map((parts) => parts.join(''));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function StreakFigure({ streaks, weekStartsOn }: { streaks: Streaks; weekStartsOn: WeekStartDay }) {
  const firstDay = streaks.days[0]?.day;
  const gridStart = firstDay === undefined ? null : periodStartOf(firstDay, 'week', weekStartsOn);
  const weeks =
    gridStart === null
      ? 0
      : Math.ceil((daysBetween(gridStart, streaks.days.at(-1)?.day ?? gridStart) + 1) / 7);
  const leadingDays = gridStart === null || firstDay === undefined ? 0 : daysBetween(gridStart, firstDay);
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const active = streaks.days.filter((day) => day.count > 0);
  const weekly = streaks.longestWeeks > streaks.longestDays;
  const summary = weekly
    ? `Current streak: ${plural(streaks.currentWeeks, 'week')}. Longest: ${plural(streaks.longestWeeks, 'week')}.`
    : `Current streak: ${plural(streaks.currentDays, 'day')}. Longest: ${plural(streaks.longestDays, 'day')}.`;
  return (
    <ProgressFigure
      title="Reflection streak"
      caption={`Each square is a day; darker and fuller squares had more reflections. ${summary}`}
      chart={
        // Long ranges scroll sideways, from the newest weeks; focusable so the keyboard can scroll it too.
        <>
          <div
            className="progress-heatmap"
            tabIndex={0}
            role="group"
            aria-label="Days with reflections, as a grid"
          >
            <svg
              className="progress-chart"
              width={Math.max(width, 60)}
              height={height}
              viewBox={`0 0 ${Math.max(width, 60)} ${height}`}
              role="img"
              aria-label={`${plural(active.length, 'day')} with reflections in this range. ${summary}`}
            >
              <Group left={LEFT} top={TOP}>
                {squaresByShade(streaks.days, leadingDays).map((d, shade) =>
                  d === '' ? null : <path key={shade} className={`progress-heat-${shade}`} d={d} />,
                )}
              </Group>
            </svg>
          </div>
          <p className="progress-heat-rows">Rows run from {weekdayShort[weekStartsOn]} at the top.</p>
        </>
      }
      table={() => (
        <table>
          <caption>Days with reflections ({summary.replace(/\.$/, '')})</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Reflections</th>
            </tr>
          </thead>
          <tbody>
            {active.length === 0 ? (
              <tr>
                <td colSpan={2}>No reflections in this range.</td>
              </tr>
            ) : (
              active.map(({ day, count }) => (
                <tr key={day}>
                  <th scope="row">{formatDay(day)}</th>
                  <td>{count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
    />
  );
}
