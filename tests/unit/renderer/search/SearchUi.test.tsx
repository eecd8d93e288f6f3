import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageStatusProvider } from '../../../../renderer/app/storageStatus';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import { PrinciplesProvider } from '../../../../renderer/features/principles/PrinciplesProvider';
import { DEFAULT_RESULT_LIMIT, SearchClient } from '../../../../renderer/features/search/searchClient';
import { SearchBox } from '../../../../renderer/features/search/SearchBox';
import { SearchPage } from '../../../../renderer/features/search/SearchPage';
import { SearchClientContext } from '../../../../renderer/features/search/useSearch';
import { inProcessWorker } from './inProcessWorker';
import { openTestJournal, reflectionOn, seedThree, type TestJournal } from './searchTestJournal';

let t: TestJournal;
let client: SearchClient;

beforeEach(async () => {
  t = await openTestJournal();
  client = new SearchClient(() => inProcessWorker(t.db));
});

afterEach(async () => {
  client.dispose();
  await t.close();
});

function renderApp(path = '/journal') {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <SearchBox />
            <Outlet />
          </>
        ),
        children: [
          { path: 'journal', element: <h1>Journal</h1> },
          { path: 'search', element: <SearchPage /> },
          { path: 'reflections/:id', element: <h1>Reflection</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <JournalProvider journal={t.journal}>
      <StorageStatusProvider>
        <PrinciplesProvider>
          <SearchClientContext.Provider value={client}>
            <RouterProvider router={router} />
          </SearchClientContext.Provider>
        </PrinciplesProvider>
      </StorageStatusProvider>
    </JournalProvider>,
  );
  return router;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search reflections' });
// jsdom, the router's transitions and fake-indexeddb are slow on a busy machine: wait generously.
const WAIT = { timeout: 5_000 };
const results = () => screen.findByRole('list', { name: 'Search results' }, WAIT);

describe('search in the app', { timeout: 20_000 }, () => {
  it('opens the search page from the header as you type and marks the matching words', async () => {
    const { budget } = await seedThree(t);
    const router = renderApp();
    await userEvent.type(searchBox(), 'quarter');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=quarter');
    expect(searchBox()).toHaveFocus();
    const list = await results();
    const link = await within(list).findByRole(
      'link',
      { name: 'Asked for the quarterly budget numbers' },
      WAIT,
    );
    expect(link).toHaveAttribute('href', `/reflections/${budget.id}`);
    expect(within(list).getByText('quarterly', { selector: 'mark' })).toBeInTheDocument();
    expect(within(list).getByText('Priya Raman')).toBeInTheDocument();
    expect(within(list).getByText('Achieved')).toBeInTheDocument();
    // One history entry for the whole search: going back leaves the search page.
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { name: 'Journal' }, WAIT)).toBeInTheDocument();
    expect(searchBox()).toHaveValue('');
  });

  it('focuses the search box with Ctrl+K from anywhere on the page', async () => {
    renderApp();
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(searchBox()).toHaveFocus();
    await userEvent.keyboard('{Meta>}k{/Meta}');
    expect(searchBox()).toHaveFocus();
  });

  it('narrows by a filter, keeping it in the URL, and says when nothing matches', async () => {
    const { migration } = await seedThree(t);
    const router = renderApp('/search?q=budget');
    const list = await results();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2), WAIT);
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'Not yet');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1), WAIT);
    expect(within(list).getByRole('link')).toHaveAttribute('href', `/reflections/${migration.id}`);
    expect(router.state.location.search).toBe('?q=budget&outcome=not-yet');

    await userEvent.click(screen.getByLabelText('Starred only'));
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'No reflections match “budget” with these filters.',
        ),
      WAIT,
    );
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('shows the best results first and more on request', async () => {
    const many = Array.from({ length: DEFAULT_RESULT_LIMIT + 5 }, (_, n) =>
      reflectionOn(`2026-04-${String(n + 1).padStart(2, '0')}`, {
        personIds: [t.priya.id],
        asked: `Asked about the roadmap, part ${n + 1}`,
      }),
    );
    await t.journal.reflections.bulkImport(many);
    renderApp('/search?q=roadmap');
    const list = await results();
    await waitFor(
      () => expect(within(list).getAllByRole('listitem')).toHaveLength(DEFAULT_RESULT_LIMIT),
      WAIT,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(
      () => expect(within(list).getAllByRole('listitem')).toHaveLength(DEFAULT_RESULT_LIMIT + 5),
      WAIT,
    );
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });

  it('lists the newest reflections for filters alone, and never shows the Trash', async () => {
    const { budget } = await seedThree(t);
    renderApp(`/search?person=${t.priya.id}`);
    const list = await results();
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent('1 reflection matches these filters.'),
      WAIT,
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('link')).toHaveAttribute('href', `/reflections/${budget.id}`);
    // The day is written as the journal writes it, whatever the computer's language.
    expect(within(list).getByText('Mon 2 Mar 2026')).toHaveAttribute('dateTime', '2026-03-02');
  });

  it('offers every principle as a filter under its current name, hidden ones marked', async () => {
    const custom = await t.journal.principleSettings.add({ title: 'Shared data first', description: '' });
    await t.journal.principleSettings.update('empowered-adults', { title: 'Own it', isHidden: true });
    renderApp('/search');
    const filter = await screen.findByLabelText('Principle', {}, WAIT);
    await waitFor(() => expect(within(filter).getAllByRole('option')).toHaveLength(6), WAIT);
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Any principle',
      'Own it (hidden)',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Build partnerships',
      'Shared data first',
    ]);
    expect(within(filter).getByRole('option', { name: 'Shared data first' })).toHaveValue(custom.id);
  });
});
