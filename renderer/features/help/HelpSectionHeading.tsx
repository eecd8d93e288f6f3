import { helpSections, type HelpSectionKey } from './helpSections';

/** A section's heading, focusable so "On this page" can move the keyboard there too. */
export function HelpSectionHeading({ section }: { section: HelpSectionKey }) {
  const { id, title } = helpSections[section];
  return (
    <h2 id={id} tabIndex={-1} className="help-section-heading">
      {title}
    </h2>
  );
}

/**
 * Buttons rather than links: the app routes by the address's hash, so "#help-flow" would be read
 * as a page. Each one scrolls to its section and moves focus to the heading.
 */
export function HelpContents() {
  return (
    <nav aria-label="On this page" className="help-contents">
      <ul>
        {Object.values(helpSections).map(({ id, title }) => (
          <li key={id}>
            <button
              type="button"
              className="help-contents-link"
              onClick={() => {
                const heading = document.getElementById(id);
                heading?.scrollIntoView({ block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
            >
              {title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
