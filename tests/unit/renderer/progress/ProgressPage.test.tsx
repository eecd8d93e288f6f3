import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import { ProgressPage } from '../../../../renderer/features/progress/ProgressPage';
import { MONTH_SLICE } from '../../../../renderer/features/progress/progressMemory';
import { progressMemoryFor } from '../../../../renderer/features/progress/useProgressMemory';
import { progressInputsFor } from '../../../../renderer/features/progress/progressInputs';
import { progressFigureTitles } from '../../../e2e/pages/progressFigureTitles';
import { AppProviders } from '../AppProviders';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

/** The providers Progress needs, as main.tsx renders them, around its one route. */
function renderProgress(journal: Journal) {
  return render(
    <AppProviders journal={journal}>
      <MemoryRouter initialEntries={['/progress']}>
        <Routes>
          <Route path="/progress" element={<ProgressPage />} />
          <Route path="/people/:id" element={<PersonStandIn />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

/** Where a person's link leads, standing in for their page. */
function PersonStandIn() {
  const { id } = useParams();
  return <p>The page of {id}</p>;
}

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

/** Noon `days` days ago: the page counts up to today on this computer's calendar. */
function daysAgo(days: number, overrides: Partial<Reflection>): Reflection {
  return reflectionAt(
    new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 11) + '12:00:00Z',
    overrides,
  );
}

function rated(principleId: string, rating: number, applied = true): Pick<Reflection, 'principles'> {
  return { principles: { [principleId]: { applied, rating, notes: '', checks: {} } } };
}

async function seed() {
  const dana = await test.journal.people.add('Dana Fox', { relationship: 'peer' });
  await test.journal.reflections.bulkImport([
    daysAgo(3, { personIds: [dana.id], outcome: 'achieved', ...rated('empowered-adults', 4) }),
    daysAgo(10, { personIds: [dana.id], outcome: 'not-yet', ...rated('empowered-adults', 2, false) }),
    daysAgo(5, { personIds: [dana.id], status: 'draft' }),
  ]);
  return dana;
}

describe('Progress page', () => {
  it('says what will appear in an empty journal and offers a new reflection', async () => {
    renderProgress(test.journal);
    expect(await screen.findByRole('link', { name: 'New reflection' })).toHaveAttribute('href', '/new');
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('names every figure by its title and shows its numbers in a table on request', async () => {
    const dana = await seed();
    renderProgress(test.journal);
    for (const title of progressFigureTitles)
      expect(await screen.findByRole('figure', { name: title })).toBeInTheDocument();

    const coverage = screen.getByRole('figure', { name: 'Principle coverage' });
    const button = within(coverage).getByRole('button', { name: 'Show data' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(coverage).queryByRole('table')).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const row = within(within(coverage).getByRole('table')).getByRole('rowheader', {
      name: 'Empowered adults',
    });
    expect(
      within(row.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '0']);

    const sphere = screen.getByRole('figure', { name: 'Sphere of influence' });
    expect(within(sphere).getByRole('link', { name: 'Dana Fox' })).toHaveAttribute(
      'href',
      `/people/${dana.id}`,
    );
  });

  it('keeps the name "Outcomes by week" over long ranges, and its caption says the bars are months', async () => {
    await seed();
    renderProgress(test.journal);
    const outcomes = await screen.findByRole('figure', { name: 'Outcomes by week' });
    expect(outcomes).not.toHaveTextContent('grouped by month');
    await userEvent.click(screen.getByRole('radio', { name: '12 months' }));
    await waitFor(() => expect(outcomes).toHaveTextContent('the bars are grouped by month'));
    expect(screen.getByRole('figure', { name: 'Outcomes by week' })).toBe(outcomes);
    expect(screen.queryByRole('figure', { name: 'Outcomes by month' })).toBeNull();
  });

  it('marks progress:drawn for the benchmark once the figures are on screen', async () => {
    performance.clearMarks('progress:drawn');
    await seed();
    renderProgress(test.journal);
    await screen.findByRole('figure', { name: 'Reflection streak' });
    await waitFor(() => expect(performance.getEntriesByName('progress:drawn').length).toBeGreaterThan(0));
  });

  it('builds All time ahead in the task after its memory is whole, without waiting for an idle moment', async () => {
    await seed();
    const memory = progressMemoryFor(test.db, createProgressRepository(test.db));
    try {
      memory.load();
      await memory.settled();
      // From here the page never gets an idle moment, as a busy one would not: the build must not
      // wait for one.
      vi.stubGlobal('requestIdleCallback', () => 0);
      vi.stubGlobal('cancelIdleCallback', () => undefined);
      performance.clearMeasures('progress:ahead');
      performance.clearMeasures('progress:build');
      renderProgress(test.journal);
      const count = await screen.findByText(/^2 complete reflections from/);
      await waitFor(() => expect(performance.getEntriesByName('progress:ahead')).toHaveLength(1));
      const built = performance.getEntriesByName('progress:build').length;
      await userEvent.click(screen.getByRole('radio', { name: 'All time' }));
      await waitFor(() => expect(screen.getByRole('radio', { name: 'All time' })).toBeChecked());
      expect(count).toHaveTextContent(/^2 complete reflections from/);
      // Drawn from the report built ahead: nothing is built for the choice itself.
      expect(performance.getEntriesByName('progress:build')).toHaveLength(built);
    } finally {
      vi.unstubAllGlobals();
      memory.close();
    }
  });

  it('redraws when a reflection is saved, hidden principles stay out and custom ones come in', async () => {
    const dana = await seed();
    renderProgress(test.journal);
    const count = await screen.findByText(/^2 complete reflections from/);
    const custom = await test.journal.principleSettings.add({ title: 'Say it early', description: '' });
    await test.journal.principleSettings.update('sphere-of-influence', { isHidden: true });
    await test.journal.reflections.complete(
      daysAgo(1, { personIds: [dana.id], outcome: 'achieved', ...rated(custom.id, 5) }),
    );
    await waitFor(() => expect(count).toHaveTextContent(/^3 complete reflections from/));

    const ratings = screen.getByRole('figure', { name: 'Principle ratings over time' });
    await userEvent.click(within(ratings).getByRole('button', { name: 'Show data' }));
    const headers = within(within(ratings).getByRole('table')).getAllByRole('columnheader');
    await waitFor(() => expect(headers.map((header) => header.textContent)).toContain('Say it early'));
    expect(
      within(within(ratings).getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).not.toContain('Sphere of influence');
  });

  it('filters by person and tag, goes back when they are cleared, and redraws after a save', async () => {
    const dana = await seed();
    const lee = await test.journal.people.add('Lee Park', { relationship: 'manager' });
    await test.journal.reflections.complete(
      daysAgo(2, {
        personIds: [lee.id],
        outcome: 'made-it-worse',
        tags: ['budget'],
        ...rated('empowered-adults', 1),
      }),
    );
    renderProgress(test.journal);
    const count = await screen.findByText(/^3 complete reflections from/);
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect(within(tag).getByRole('option', { name: 'budget' })).toBeInTheDocument();
    // The people are read beside the figures, and may arrive just after them.
    await within(screen.getByRole('combobox', { name: 'Person' })).findByRole('option', { name: 'Dana Fox' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Person' }), dana.id);
    await waitFor(() => expect(count).toHaveTextContent(/^2 complete reflections from/));
    await userEvent.selectOptions(tag, 'budget');
    await waitFor(() => expect(count).toHaveTextContent(/^0 complete reflections from/));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Person' }), '');
    await waitFor(() => expect(count).toHaveTextContent(/^1 complete reflection from/));
    await userEvent.selectOptions(tag, '');
    await waitFor(() => expect(count).toHaveTextContent(/^3 complete reflections from/));
    // Unfiltered again, with reports kept for each filter met so far, a save still redraws.
    await test.journal.reflections.moveToTrash(
      (await test.db.reflections.where('personIds').equals(lee.id).first())?.id ?? '',
    );
    await waitFor(() => expect(count).toHaveTextContent(/^2 complete reflections from/));
  });

  it('draws its first range from the newest months in memory, reading nothing itself', async () => {
    // A reflection a month for longer than one slice of the memory's read, the newest this week.
    await test.journal.reflections.bulkImport(
      Array.from({ length: MONTH_SLICE + 3 }, (_, month) =>
        daysAgo(3 + month * 31, { outcome: 'achieved', ...rated('empowered-adults', 4) }),
      ),
    );
    // The memory's later slices wait until let through: it holds the newest months only till then.
    const repository = createProgressRepository(test.db);
    let letThrough = () => {};
    const gate = new Promise<void>((resolve) => (letThrough = resolve));
    const memory = progressMemoryFor(test.db, {
      ...repository,
      monthsBefore: async (before, limit) => {
        if (before !== null) await gate;
        return repository.monthsBefore(before, limit);
      },
    });
    try {
      memory.load();
      await waitFor(() => expect(memory.getSnapshot().heldFrom).not.toBeNull());
      performance.clearMeasures('progress:read');
      renderProgress(test.journal);
      const count = await screen.findByText(/^3 complete reflections from/);
      expect(performance.getEntriesByName('progress:read')).toHaveLength(0);
      await userEvent.click(screen.getByRole('radio', { name: '12 months' }));
      await waitFor(() => expect(count).toHaveTextContent(/^1[12] complete reflections from/));
      // All time needs every month: the figures of the last range stay until the memory has them.
      await userEvent.click(screen.getByRole('radio', { name: 'All time' }));
      expect(count).toHaveTextContent(/^1[12] complete reflections from/);
      // The person is told the figures on screen are still the last choice's.
      expect(screen.getByText('Reading the rest of your journal for this choice…')).toBeVisible();
      letThrough();
      await waitFor(() => expect(count).toHaveTextContent(`${MONTH_SLICE + 3} complete reflections from`));
      expect(screen.queryByText('Reading the rest of your journal for this choice…')).toBeNull();
      expect(performance.getEntriesByName('progress:read')).toHaveLength(0);
    } finally {
      memory.close();
    }
  });

  it('draws every figure in its first render when the memory and its inputs were read ahead, and builds once', async () => {
    const dana = await seed();
    const memory = progressMemoryFor(test.db, createProgressRepository(test.db));
    const inputs = progressInputsFor(test.journal);
    try {
      memory.load();
      inputs.load();
      await memory.settled();
      await waitFor(() => {
        const ahead = inputs.getSnapshot();
        expect(ahead.people?.map(({ name }) => name)).toEqual(['Dana Fox']);
        expect([ahead.preparations, ahead.firstDay, ahead.weekStart]).not.toContain(undefined);
      });
      performance.clearMeasures('progress:build');
      renderProgress(test.journal);
      // No waiting: the page's own live queries have not answered yet, so these came from what
      // was read ahead.
      for (const title of progressFigureTitles)
        expect(screen.getByRole('figure', { name: title })).toBeVisible();
      expect(screen.getByText(/^2 complete reflections from/)).toBeVisible();
      // Once the page's own answers arrive (the same people and plans), nothing is built again.
      await waitFor(() =>
        expect(screen.getByRole('combobox', { name: 'Person' })).toHaveTextContent('Dana Fox'),
      );
      await memory.settled();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(performance.getEntriesByName('progress:build')).toHaveLength(1);
      // A name in the sphere is a link that opens the person's page.
      await userEvent.click(
        within(screen.getByRole('figure', { name: 'Sphere of influence' })).getByRole('link', {
          name: 'Dana Fox',
        }),
      );
      expect(await screen.findByText(`The page of ${dana.id}`)).toBeVisible();
    } finally {
      memory.close();
      inputs.close();
    }
  });
});
