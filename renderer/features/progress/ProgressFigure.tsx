import { createContext, useContext, useId, useState, type CSSProperties, type ReactNode } from 'react';
import { usePrinting } from './usePrinting';

export interface ProgressFigureProps {
  readonly title: string;
  readonly caption: string;
  /** How many more reflections the chart needs to mean anything; 0 draws it. */
  readonly needsMore?: number;
  readonly chart: ReactNode;
  /**
   * The table, or a function that makes it: a function is called only when the table is shown or
   * printed, so a long range's thousands of rows are not even made as elements with each redraw.
   */
  readonly table: ReactNode | (() => ReactNode);
  /**
   * About how tall the figure will be, in rem, where that depends on the data: a figure out of view
   * holds this height until it is laid out, so the page's length barely changes as it is drawn.
   */
  readonly estimatedHeightRem?: number;
}

/** True where every figure shows its table without a button, as in the printed report. */
export const FigureTablesShown = createContext(false);

/**
 * One figure: its title (which is its accessible name, exactly), a one-line caption, the chart,
 * and a "Show data" button that reveals the same numbers as a table. Printing shows every table.
 */
export function ProgressFigure({
  title,
  caption,
  needsMore = 0,
  chart,
  table,
  estimatedHeightRem,
}: ProgressFigureProps) {
  const titleId = useId();
  const tableId = useId();
  const [showData, setShowData] = useState(false);
  const tablesShown = useContext(FigureTablesShown);
  // A hidden table is left out of the page until it is shown or printed: a long range's tables
  // hold thousands of cells, which would otherwise be built with every redraw.
  const printing = usePrinting();
  return (
    <figure
      className="progress-figure"
      aria-labelledby={titleId}
      style={
        estimatedHeightRem === undefined
          ? undefined
          : ({ '--figure-estimate': `${estimatedHeightRem}rem` } as CSSProperties)
      }
    >
      <h2 id={titleId} className="progress-figure-title">
        {title}
      </h2>
      <figcaption>{caption}</figcaption>
      {needsMore > 0 ? (
        <p className="progress-needs-more">
          {needsMore === 1
            ? 'One more complete reflection in this range will draw this chart.'
            : `${needsMore} more complete reflections in this range will draw this chart.`}
        </p>
      ) : (
        chart
      )}
      {tablesShown ? null : (
        <button
          type="button"
          className="progress-show-data"
          aria-expanded={showData}
          aria-controls={tableId}
          onClick={() => setShowData((shown) => !shown)}
        >
          Show data
        </button>
      )}
      <div
        id={tableId}
        className="progress-data"
        data-shown={showData || tablesShown}
        hidden={!showData && !tablesShown}
      >
        {showData || tablesShown || printing ? (typeof table === 'function' ? table() : table) : null}
      </div>
    </figure>
  );
}
