import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { ProgressPage } from '../../../../renderer/features/progress/ProgressPage';
import { AppProviders } from '../AppProviders';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

function renderProgress(journal: Journal) {
  return render(
    <AppProviders journal={journal}>
      <MemoryRouter initialEntries={['/progress']}>
        <Routes>
          <Route path="/progress" element={<ProgressPage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

let test: TestJournal;
beforeEach(async () => {
  test = await openTestJournal();
});
afterEach(async () => {
  await test.close();
});

/** `days` days ago at noon UTC, as a wall-clock time in UTC. */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 11) + '12:00';

describe('Progress: Plans followed through', () => {
  it('shows the figure by name with a one-line caption, a plain warning for few plans, and its table', async () => {
    const dana = await test.journal.people.add('Dana Fox');
    const reflected = reflectionAt(`${daysAgo(3)}:00Z`, { personIds: [dana.id], outcome: 'achieved' });
    const other = reflectionAt(`${daysAgo(4)}:00Z`, { personIds: [dana.id], outcome: 'not-yet' });
    await test.journal.reflections.bulkImport([reflected, other]);
    const plan = (plannedAt: string) => ({
      ...createDraftPreparation({ now: new Date(Date.now() - 10 * 86_400_000), timeZone: 'UTC' }),
      personIds: [dana.id],
      goal: 'Agree the launch date',
      plannedAt,
    });
    const first = await test.journal.preparations.markReady(plan(daysAgo(3)));
    await test.journal.preparations.linkReflection(first.id, reflected.id);
    await test.journal.preparations.markReady(plan(daysAgo(2)));

    renderProgress(test.journal);
    const figure = await screen.findByRole('figure', { name: 'Plans followed through' });
    expect(within(figure).getByText(/^The share of conversations you prepared for/)).toBeInTheDocument();
    expect(
      within(figure).getByText(/^Only 2 conversations you prepared for have passed/),
    ).toBeInTheDocument();

    await userEvent.click(within(figure).getByRole('button', { name: 'Show data' }));
    const [perPeriod, outcomes] = within(figure).getAllByRole('table');
    expect(within(perPeriod as HTMLElement).getByRole('caption')).toHaveTextContent(
      'Prepared conversations reflected on per week (1 of 2 in all)',
    );
    // One bar per period with a share, all in one path (a long range has a period per month).
    const shares = within(perPeriod as HTMLElement)
      .getAllByRole('row')
      .slice(1)
      .filter((row) => within(row).getAllByRole('cell')[2]?.textContent !== 'no data');
    expect(shares.length).toBeGreaterThan(0);
    const bars = figure.querySelectorAll('path.progress-bar');
    expect(bars).toHaveLength(1);
    expect(bars[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(shares.length);
    const withPlan = within(outcomes as HTMLElement).getByRole('rowheader', { name: 'With a plan' });
    expect(
      within(withPlan.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '0', '0', '0', '100%']);
  });
});
