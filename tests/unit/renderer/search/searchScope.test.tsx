import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../../renderer/features/search/SearchBox';
import { searchScopeFor } from '../../../../renderer/features/search/searchScope';

describe('searchScopeFor', () => {
  it('searches the person’s own journal on their own pages', () => {
    for (const path of ['/journal', '/search', '/people/p1', '/coach', '/settings', '/samples']) {
      expect(searchScopeFor(path)).toEqual({ path: '/search', label: 'Search reflections' });
    }
  });

  it('searches the sample on the sample’s pages', () => {
    for (const path of ['/sample', '/sample/journal', '/sample/reflections/r1', '/sample/search']) {
      expect(searchScopeFor(path)).toEqual({ path: '/sample/search', label: 'Search the sample journal' });
    }
  });

  it('searches a coach’s client journal in that client’s workspace', () => {
    for (const path of ['/coach/c1', '/coach/c1/journal', '/coach/c1/reflections/r1', '/coach/c1/search']) {
      expect(searchScopeFor(path)).toEqual({
        path: '/coach/c1/search',
        label: "Search this client's reflections",
      });
    }
  });
});

function renderAt(path: string) {
  const page = (name: string) => <h1>{name}</h1>;
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
          { path: 'journal', element: page('Journal') },
          { path: 'search', element: page('Search') },
          { path: 'sample/journal', element: page('Sample journal') },
          { path: 'sample/search', element: page('Sample search') },
          { path: 'coach/:clientId/journal', element: page('Client journal') },
          { path: 'coach/:clientId/search', element: page('Client search') },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('the header search box', () => {
  it('opens the sample’s search from a sample page, keeping every keystroke', async () => {
    const router = renderAt('/sample/journal');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the sample journal' }), 'launch');
    expect(await screen.findByRole('heading', { name: 'Sample search' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sample/search');
    expect(router.state.location.search).toBe('?q=launch');
  });

  it('opens the client’s search from a client workspace page', async () => {
    const router = renderAt('/coach/c7/journal');
    await userEvent.type(
      screen.getByRole('searchbox', { name: "Search this client's reflections" }),
      'budget',
    );
    expect(await screen.findByRole('heading', { name: 'Client search' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/coach/c7/search');
    expect(router.state.location.search).toBe('?q=budget');
  });

  it('still opens the person’s own search from their own pages', async () => {
    const router = renderAt('/journal');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search reflections' }), 'quarter');
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/search');
  });
});
