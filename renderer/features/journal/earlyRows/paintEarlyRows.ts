/**
 * Draws the journal's first rows as plain DOM before the app's code has loaded, in the places
 * and with the classes React will use (AppLayout, JournalPage, JournalList, JournalRow), and
 * hands the page over to React when its own rows are in. Until then the app's root is inert
 * (out of the tab order and the accessibility tree) and covered, so there is never a second
 * list; afterwards this layer is gone and the app is as it would have been without it.
 */

/** One row as it will be written: every string already formatted. */
export interface EarlyRow {
  readonly id: string;
  readonly date: string;
  readonly names: string;
  readonly starred: boolean;
  readonly isDraft: boolean;
  /** null: the row needs its reflection read to say (React does that). */
  readonly asked: string | null;
  readonly outcome: string | null;
  readonly principles: readonly string[];
  readonly tags: readonly string[];
  /** The week heading above this row, or null. */
  readonly weekHeading: string | null;
}

export interface EarlyListLayout {
  readonly rowPx: number;
  readonly weekHeadingPx: number;
  readonly rowRem: number;
  readonly weekHeadingRem: number;
  /** aria-setsize: the row count when the list is complete, -1 (unknown) otherwise. */
  readonly setSize: number;
}

export const EARLY_ROWS_CLASS = 'early-journal';

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Space kept for something React draws there, the same size, neither seen nor announced. */
function reserved(doc: Document, className: string, text: string): HTMLElement {
  const node = element(doc, 'span', `${className} early-journal-reserved`, text);
  node.setAttribute('aria-hidden', 'true');
  return node;
}

function rowLink(doc: Document, row: EarlyRow): HTMLAnchorElement {
  const link = element(doc, 'a', 'journal-row-link');
  link.href = `#/reflections/${encodeURIComponent(row.id)}`;
  const top = element(doc, 'span', 'journal-row-top');
  top.append(element(doc, 'span', 'journal-row-date', row.date));
  if (row.starred) {
    const star = element(doc, 'span', 'journal-row-star');
    const icon = element(doc, 'span', undefined, '★');
    icon.setAttribute('aria-hidden', 'true');
    star.append(icon, element(doc, 'span', 'visually-hidden', 'Starred'));
    top.append(star);
  }
  if (row.isDraft) top.append(element(doc, 'span', 'tag journal-row-draft', 'Draft'));
  const people = element(doc, 'span', 'journal-row-people', row.names);
  people.dir = 'auto';
  top.append(people);
  const asked = element(doc, 'span', 'journal-row-asked');
  asked.dir = 'auto';
  if (row.asked === null) asked.append(element(doc, 'span', 'muted', '…'));
  else asked.textContent = row.asked;
  link.append(top, asked);
  if (row.outcome !== null || row.principles.length > 0 || row.tags.length > 0) {
    const meta = element(doc, 'span', 'journal-row-meta');
    if (row.outcome !== null) meta.append(element(doc, 'span', 'journal-row-outcome', row.outcome));
    for (const title of row.principles) meta.append(element(doc, 'span', 'tag', title));
    if (row.tags.length > 0) {
      const tags = element(doc, 'span', 'journal-row-tags');
      tags.append(element(doc, 'span', 'visually-hidden', 'Tags: '));
      for (const tag of row.tags) {
        const chip = element(doc, 'span', 'journal-row-tag', `#${tag}`);
        chip.dir = 'auto';
        tags.append(chip);
      }
      meta.append(tags);
    }
    link.append(meta);
  }
  return link;
}

function listItem(doc: Document, row: EarlyRow, index: number, offset: number, setSize: number) {
  const item = element(
    doc,
    'div',
    row.weekHeading === null ? 'journal-item' : 'journal-item journal-item-week',
  );
  item.setAttribute('role', 'listitem');
  item.setAttribute('aria-setsize', String(setSize));
  item.setAttribute('aria-posinset', String(index + 1));
  item.dataset.index = String(index);
  item.style.transform = `translateY(${offset}px)`;
  if (row.weekHeading !== null) item.append(element(doc, 'h2', 'journal-week', row.weekHeading));
  const card = element(doc, 'div', row.isDraft ? 'journal-row journal-row-with-continue' : 'journal-row');
  card.append(rowLink(doc, row));
  if (row.isDraft) {
    const resume = element(doc, 'a', 'button journal-row-continue', 'Continue');
    resume.href = `#/reflections/${encodeURIComponent(row.id)}/edit`;
    resume.setAttribute('aria-label', `Continue the draft from ${row.date}`);
    card.append(resume);
  }
  item.append(card);
  return item;
}

/** The list itself, as JournalList lays it out: fixed-height rows placed by offset. */
function buildEarlyList(doc: Document, rows: readonly EarlyRow[], layout: EarlyListLayout): HTMLElement {
  const list = element(doc, 'div', 'journal-list');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', 'Reflections');
  list.style.setProperty('--journal-row-height', `${layout.rowRem}rem`);
  list.style.setProperty('--journal-week-height', `${layout.weekHeadingRem}rem`);
  let offset = 0;
  rows.forEach((row, index) => {
    list.append(listItem(doc, row, index, offset, layout.setSize));
    offset += layout.rowPx + (row.weekHeading === null ? 0 : layout.weekHeadingPx);
  });
  list.style.height = `${offset}px`;
  return list;
}

/** The whole early page: the shell's regions (kept, not drawn), the heading and the rows. */
export function buildEarlyJournal(doc: Document, rows: readonly EarlyRow[], layout: EarlyListLayout) {
  const layer = element(doc, 'div', EARLY_ROWS_CLASS);
  const shell = element(doc, 'div', 'app-shell');
  const header = element(doc, 'div', 'app-header');
  header.append(reserved(doc, 'button button-primary', 'New reflection'));
  const main = element(doc, 'main', 'app-main');
  const page = element(doc, 'section', 'page journal-page');
  const heading = element(doc, 'h1', 'page-heading', 'Journal');
  heading.tabIndex = -1;
  const plans = element(doc, 'div', 'prepare-overview');
  plans.append(reserved(doc, 'button', 'Prepare a conversation'));
  const toolbar = element(doc, 'div', 'journal-toolbar');
  toolbar.append(reserved(doc, 'button', 'All reflections'));
  page.append(heading, plans, toolbar, buildEarlyList(doc, rows, layout));
  main.append(page);
  shell.append(element(doc, 'div', 'app-sidebar'), header, main);
  layer.append(shell);
  return layer;
}

/**
 * When React's shell is already up and only its rows are missing ("Loading your journal…"):
 * the list alone, laid over that line, where React's list will be.
 */
export function buildEarlyListOver(
  doc: Document,
  rows: readonly EarlyRow[],
  layout: EarlyListLayout,
  placeholder: Element,
): HTMLElement {
  const layer = element(doc, 'div', `${EARLY_ROWS_CLASS} early-journal-over-shell`);
  const at = placeholder.getBoundingClientRect();
  const view = doc.defaultView;
  layer.style.top = `${at.top + (view?.scrollY ?? 0)}px`;
  layer.style.left = `${at.left + (view?.scrollX ?? 0)}px`;
  layer.style.width = `${at.width}px`;
  layer.append(buildEarlyList(doc, rows, layout));
  return layer;
}

/**
 * Puts the early page over the app's root and returns the hand-over: it removes the early
 * page, gives the root back, and moves focus to the same row in React's list when a row had it.
 */
export function showEarlyJournal(doc: Document, root: HTMLElement, layer: HTMLElement): () => void {
  // The attribute rather than the property, which older engines (and jsdom) lack.
  root.setAttribute('inert', '');
  doc.body.prepend(layer);
  return () => {
    if (!layer.isConnected) return;
    const focused = doc.activeElement;
    const index = layer.contains(focused)
      ? focused?.closest('[data-index]')?.getAttribute('data-index')
      : null;
    layer.remove();
    root.removeAttribute('inert');
    if (index == null) return;
    const same = root.querySelector(`[data-index="${index}"] .journal-row-link`);
    if (same instanceof HTMLElement) same.focus();
  };
}
