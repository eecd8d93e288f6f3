import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASKED_PREVIEW_LENGTH } from '../../../../shared/domain/reflectionListRow';
import {
  JOURNAL_ROW_REM,
  JOURNAL_WEEK_HEADING_REM,
} from '../../../../renderer/features/journal/journalRowSize';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  document.documentElement.style.removeProperty('font-size');
  await test.close();
});

// Noon UTC: the same week in any zone the tests may run in. Two rows in one week, one in the week before.
const journalOverTwoWeeks = () => [
  reflectionAt('2026-03-04T12:00:00Z', { asked: 'Newest ask' }),
  reflectionAt('2026-03-03T12:00:00Z', { asked: 'Middle ask' }),
  reflectionAt('2026-02-25T12:00:00Z', { asked: 'Oldest ask' }),
];

function offsetOf(item: HTMLElement): number {
  const match = /translateY\((-?[\d.]+)px\)/.exec(item.style.transform);
  if (!match?.[1]) throw new Error(`No offset in "${item.style.transform}"`);
  return Number(match[1]);
}

async function renderedRows() {
  const list = await screen.findByRole('list', { name: 'Reflections' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  return { list, items: within(list).getAllByRole('listitem') };
}

describe('Journal list sizes', () => {
  it('places rows one fixed row height apart, with a week heading adding a fixed height', async () => {
    await test.journal.reflections.bulkImport(journalOverTwoWeeks());
    renderJournalApp(test.journal, '/journal');
    const { list, items } = await renderedRows();

    // jsdom has no root font size, so the list falls back to the browser default of 16px.
    const row = JOURNAL_ROW_REM * 16;
    const heading = JOURNAL_WEEK_HEADING_REM * 16;
    expect(items.map(offsetOf)).toEqual([0, row + heading, 2 * row + heading]);
    expect(list.style.height).toBe(`${3 * row + 2 * heading}px`);
    // The CSS sizes rows from the same rem values the offsets come from.
    expect(list.style.getPropertyValue('--journal-row-height')).toBe(`${JOURNAL_ROW_REM}rem`);
    expect(list.style.getPropertyValue('--journal-week-height')).toBe(`${JOURNAL_WEEK_HEADING_REM}rem`);
    expect(items.map((item) => item.classList.contains('journal-item-week'))).toEqual([true, false, true]);
  });

  it('follows the root font size, and a change to it', async () => {
    document.documentElement.style.fontSize = '20px';
    await test.journal.reflections.bulkImport(journalOverTwoWeeks());
    renderJournalApp(test.journal, '/journal');
    const { items } = await renderedRows();
    expect(items.map(offsetOf)).toEqual([
      0,
      (JOURNAL_ROW_REM + JOURNAL_WEEK_HEADING_REM) * 20,
      (2 * JOURNAL_ROW_REM + JOURNAL_WEEK_HEADING_REM) * 20,
    ]);

    act(() => {
      document.documentElement.style.fontSize = '32px';
      window.dispatchEvent(new Event('resize'));
    });
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').map(offsetOf)).toEqual([
        0,
        (JOURNAL_ROW_REM + JOURNAL_WEEK_HEADING_REM) * 32,
        (2 * JOURNAL_ROW_REM + JOURNAL_WEEK_HEADING_REM) * 32,
      ]),
    );
  });

  it('clamps the asked text only visually: the whole preview stays in the row link', async () => {
    // As long as a preview gets (140 characters): far more than two lines of a narrow row.
    const asked =
      'Asked the steering group to move the launch review a week earlier, so the pilot numbers ' +
      'could come with us and my team could present them';
    expect(asked.length).toBeLessThanOrEqual(ASKED_PREVIEW_LENGTH);
    await test.journal.reflections.bulkImport([reflectionAt('2026-03-04T12:00:00Z', { asked })]);
    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });

    const link = await within(list).findByRole('link', { name: new RegExp(asked) });
    expect(link.querySelector('.journal-row-asked')).toHaveTextContent(asked, { normalizeWhitespace: false });
  });
});
