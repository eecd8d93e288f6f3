import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeekStartRepository } from '../../../../renderer/db/repositories/weekStartRepository';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

// Noon UTC on a weekday: the same week in any zone the tests may run in.
const WED_4_MAR = '2026-03-04T12:00:00Z';
const TUE_3_MAR = '2026-03-03T12:00:00Z';
const WED_25_FEB = '2026-02-25T12:00:00Z';

/** A journal of `count` reflections an hour apart, "Ask number 0" oldest, open on the Journal page. */
async function openJournalOfHourlyAsks(count: number): Promise<HTMLElement> {
  const start = Date.parse('2025-01-01T12:00:00Z');
  await test.journal.reflections.bulkImport(
    Array.from({ length: count }, (_, index) =>
      reflectionAt(new Date(start + index * 3_600_000).toISOString(), { asked: `Ask number ${index}` }),
    ),
  );
  renderJournalApp(test.journal, '/journal');
  const list = await screen.findByRole('list', { name: 'Reflections' });
  const newest = `Ask number ${count - 1}`;
  await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(newest));
  return list;
}

describe('Journal page', () => {
  it('lists reflections newest first, grouped by week, with people, outcome, principles and star', async () => {
    const dana = await test.journal.people.add('Dana Fox');
    await test.journal.reflections.bulkImport([
      reflectionAt(WED_25_FEB, { personIds: [dana.id], asked: 'Oldest ask' }),
      reflectionAt(WED_4_MAR, {
        personIds: [dana.id],
        asked: 'Newest ask',
        outcome: 'partly-achieved',
        starred: true,
        principles: { 'sphere-of-influence': { applied: true, rating: 4, notes: '', checks: {} } },
      }),
      reflectionAt(TUE_3_MAR, { personIds: [dana.id], asked: 'Middle ask' }),
    ]);
    // Weeks start on the day set in Settings; Monday here, whatever the language of the machine.
    await createWeekStartRepository(test.journal.db).write('monday');
    renderJournalApp(test.journal, '/journal');

    const list = await screen.findByRole('list', { name: 'Reflections' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      expect.stringContaining('Newest ask'),
      expect.stringContaining('Middle ask'),
      expect.stringContaining('Oldest ask'),
    ]);
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Week of 2 Mar 2026', 'Week of 23 Feb 2026']);
    const newest = items[0];
    if (!newest) throw new Error('no first row');
    expect(newest).toHaveTextContent('Wed 4 Mar 2026, 12:00');
    // Names come from a second live query: the row reads "…" until it answers, never "Someone".
    await waitFor(() => expect(newest).toHaveTextContent('Dana Fox'));
    expect(newest).toHaveTextContent('Partly achieved');
    expect(newest).toHaveTextContent('Sphere of influence');
    expect(newest).toHaveTextContent('Starred');
    expect(within(newest).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/\/reflections\/[0-9a-f-]+$/),
    );
    expect(screen.getByText('3 reflections')).toBeInTheDocument();
  });

  it('shows drafts with a link to continue them, and filters to drafts only', async () => {
    const draft = reflectionAt(TUE_3_MAR, { status: 'draft', asked: 'Half-written ask' });
    await test.journal.reflections.bulkImport([reflectionAt(WED_4_MAR, { asked: 'Finished ask' }), draft]);
    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('Draft')).toBeInTheDocument();
    expect(await screen.findByText('2 reflections')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Drafts' }));
    expect(screen.getByRole('button', { name: 'Drafts' })).toHaveAttribute('aria-pressed', 'true');
    // The journal's count is not the number of drafts, so it is not shown beside them.
    expect(screen.queryByText('2 reflections')).not.toBeInTheDocument();
    const drafts = await screen.findByRole('list', { name: 'Reflections' });
    await waitFor(() => expect(within(drafts).getAllByRole('listitem')).toHaveLength(1));
    expect(drafts).toHaveTextContent('Half-written ask');
    const continueLink = within(drafts).getByRole('link', { name: /^Continue the draft/ });
    expect(continueLink).toHaveAttribute('href', `/reflections/${draft.id}/edit`);
    await userEvent.click(continueLink);
    expect(await screen.findByRole('heading', { name: 'Edit reflection' })).toBeInTheDocument();
  });

  it('welcomes an empty journal with a way to start', async () => {
    renderJournalApp(test.journal, '/journal');
    expect(await screen.findByRole('heading', { name: 'Your journal is empty' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Reflections' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Start a reflection' }));
    expect(await screen.findByRole('heading', { name: 'New reflection' })).toBeInTheDocument();
  });

  it('shows a reflection saved elsewhere without a reload', async () => {
    renderJournalApp(test.journal, '/journal');
    await screen.findByRole('heading', { name: 'Your journal is empty' });
    await test.journal.reflections.saveDraft(reflectionAt(WED_4_MAR, { asked: 'Saved in another window' }));
    const list = await screen.findByRole('list', { name: 'Reflections' });
    expect(list).toHaveTextContent('Saved in another window');
  });

  it('renders a bounded window of rows and loads older pages as the end comes near', async () => {
    const list = await openJournalOfHourlyAsks(230);
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);
    // The rows may show before the journal's count is read (the set's size is "unknown", -1, until then).
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '230'),
    );

    // Scroll the window far down, again and again, until the virtualizer reaches the end.
    let scrollY = 0;
    const jsdomScrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
    Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
    try {
      await waitFor(
        () => {
          scrollY += 100_000;
          window.dispatchEvent(new Event('scroll'));
          expect(screen.getByText('That is the first reflection in your journal.')).toBeInTheDocument();
        },
        { timeout: 5_000 },
      );
      await waitFor(() =>
        expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Ask number 0'),
      );
      expect(within(list).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-posinset', '230');
      expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);
    } finally {
      // jsdom's own scrollY is a property of the window itself: deleting it would leave none.
      if (jsdomScrollY) Object.defineProperty(window, 'scrollY', jsdomScrollY);
    }
  });

  it('reads the next page in an idle moment, before anyone scrolls', async () => {
    const list = await openJournalOfHourlyAsks(120);
    // 50 rows come first; the other 70 follow unasked, so the end of the journal is known.
    expect(await screen.findByText('That is the first reflection in your journal.')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);
  });

  it('links to the Trash', async () => {
    renderJournalApp(test.journal, '/journal');
    await userEvent.click(await screen.findByRole('link', { name: 'Trash' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trash' })).toBeInTheDocument();
  });
});
