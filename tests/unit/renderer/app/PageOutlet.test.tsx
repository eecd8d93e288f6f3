import { act, render, screen } from '@testing-library/react';
import { lazy, useEffect, type ComponentType } from 'react';
import { createMemoryRouter, Outlet, RouterProvider, useOutletContext } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PageOutlet } from '../../../../renderer/app/PageOutlet';

/** A page whose code arrives only when the test says so, as a lazily loaded chunk would. */
function slowPage(heading: string) {
  let arrive: () => void = () => undefined;
  const loaded = new Promise<{ default: ComponentType }>((resolve) => {
    arrive = () => resolve({ default: () => <h1>{heading}</h1> });
  });
  return { Page: lazy(() => loaded), arrive: () => act(async () => arrive()) };
}

describe('PageOutlet', () => {
  it('shows the page chosen after leaving one whose code was still loading, before and after it arrives', async () => {
    const entry = slowPage('Reflection');
    const router = createMemoryRouter(
      [
        {
          element: <PageOutlet />,
          children: [
            { path: '/search', element: <h1>Search</h1> },
            { path: '/reflections/1', element: <entry.Page /> },
          ],
        },
      ],
      { initialEntries: ['/search'] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { name: 'Search' })).toBeVisible();

    // React keeps the search on screen while a page's code loads (the router navigates in a
    // transition), rather than showing "Loading…".
    await act(() => router.navigate('/reflections/1'));
    expect(screen.getByRole('heading', { name: 'Search' })).toBeVisible();
    expect(screen.queryByText('Loading…')).toBeNull();
    // Back, before the reflection's code has arrived.
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeVisible();

    await entry.arrive();
    expect(screen.getByRole('heading', { name: 'Search' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Reflection' })).toBeNull();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it("keeps a workspace mounted while one of its pages loads, and passes the workspace's context on", async () => {
    const summary = slowPage('Summary');
    let workspaceMounts = 0;
    function Workspace() {
      useEffect(() => {
        workspaceMounts += 1;
      }, []);
      return (
        <section aria-label="Workspace">
          <PageOutlet context="client A" />
        </section>
      );
    }
    const router = createMemoryRouter(
      [
        {
          element: <Outlet />,
          children: [
            {
              path: '/coach/a',
              element: <Workspace />,
              children: [
                { path: 'journal', element: <ClientName /> },
                { path: 'summary', element: <summary.Page /> },
              ],
            },
          ],
        },
      ],
      { initialEntries: ['/coach/a/journal'] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.getByText('Journal of client A')).toBeVisible();

    const workspace = screen.getByRole('region', { name: 'Workspace' });
    await act(() => router.navigate('/coach/a/summary'));
    expect(screen.getByRole('region', { name: 'Workspace' })).toBe(workspace);
    await summary.arrive();
    expect(await screen.findByRole('heading', { name: 'Summary' })).toBeVisible();
    // The same workspace element throughout: it was never unmounted while the page loaded.
    expect(screen.getByRole('region', { name: 'Workspace' })).toBe(workspace);
    expect(workspaceMounts).toBe(1);
  });
  it('shows "Loading…" inside a workspace opened at a page whose code has not arrived, not in place of it', async () => {
    const summary = slowPage('Summary');
    const router = createMemoryRouter(
      [
        {
          element: <PageOutlet />,
          children: [
            {
              path: '/coach/a',
              element: (
                <section aria-label="Workspace">
                  <p>Client A (read-only)</p>
                  <PageOutlet />
                </section>
              ),
              children: [{ path: 'summary', element: <summary.Page /> }],
            },
          ],
        },
      ],
      { initialEntries: ['/coach/a/summary'] },
    );
    render(<RouterProvider router={router} />);
    const workspace = await screen.findByRole('region', { name: 'Workspace' });
    expect(workspace).toHaveTextContent('Client A (read-only)');
    expect(workspace).toHaveTextContent('Loading…');
    await summary.arrive();
    expect(await screen.findByRole('heading', { name: 'Summary' })).toBeVisible();
  });
});

/** Reads the workspace's context as the coach's pages do. */
function ClientName() {
  return <p>Journal of {useOutletContext<string>()}</p>;
}
