import type { Ref } from 'react';

export interface ErrorSummaryItem {
  readonly path: string;
  readonly message: string;
  readonly where: string;
}

/** Shown after a refused save: every problem, each a button that opens the step and the field. */
export function ErrorSummary({
  items,
  summaryRef,
  onSelect,
}: {
  items: readonly ErrorSummaryItem[];
  summaryRef: Ref<HTMLElement>;
  onSelect: (path: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <section
      ref={summaryRef}
      tabIndex={-1}
      className="reflect-error-summary"
      aria-labelledby="reflect-error-summary-heading"
    >
      <h2 id="reflect-error-summary-heading">A few things are needed before this can be saved</h2>
      <p>Nothing you wrote is lost: it stays in your journal as a draft until then.</p>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <button type="button" className="reflect-link-button" onClick={() => onSelect(item.path)}>
              {item.message}
            </button>{' '}
            <span className="muted">({item.where})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
