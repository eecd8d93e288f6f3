import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { createPersonProgressRepository } from '../../../../renderer/db/repositories/personProgressRepository';
import {
  openTestJournal,
  reflectionAt,
  renderJournalApp,
  type TestJournal,
} from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

const TITLE = 'Outcomes and trust with this person';

/** Noon `days` days ago: the figure runs up to today on this computer's calendar. */
function daysAgo(days: number, overrides: Partial<Reflection>): Reflection {
  return reflectionAt(
    new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 11) + '12:00:00Z',
    overrides,
  );
}

const trusted = (trust: number): Pick<Reflection, 'principles'> => ({
  principles: { 'build-partnerships': { applied: true, rating: null, notes: '', checks: { trust } } },
});

async function seed() {
  const { people, reflections } = test.journal;
  const dana = await people.add('Dana Fox');
  const lee = await people.add('Lee Park');
  const achieved = daysAgo(3, { personIds: [dana.id], outcome: 'achieved', ...trusted(4) });
  const binned = daysAgo(5, { personIds: [dana.id], outcome: 'made-it-worse' });
  await reflections.bulkImport([
    achieved,
    daysAgo(10, { personIds: [dana.id, lee.id], outcome: 'not-yet', ...trusted(2) }),
    daysAgo(17, { personIds: [lee.id], outcome: 'made-it-worse', ...trusted(1) }),
    binned,
    daysAgo(6, { personIds: [dana.id], status: 'draft', outcome: 'made-it-worse' }),
  ]);
  await reflections.moveToTrash(binned.id);
  return { dana, lee, achieved };
}

/** Each column of the figure's table summed over its rows, and the trust cells that have a rating. */
function tableTotals(table: HTMLElement) {
  const rows = within(table).getAllByRole('row').slice(1);
  const cells = rows.map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent ?? ''),
  );
  const sum = (column: number) => cells.reduce((total, row) => total + Number(row[column]), 0);
  return {
    outcomes: [sum(0), sum(1), sum(2), sum(3)],
    trust: cells.map((row) => row[4]).filter((text) => text !== 'not rated'),
  };
}

describe("a person's outcomes and trust over time", () => {
  it('charts only complete reflections about them outside the Trash, with the numbers in a table', async () => {
    const { dana } = await seed();
    renderJournalApp(test.journal, `/people/${dana.id}`);
    const figure = await screen.findByRole('figure', { name: TITLE });
    expect(within(figure).getByText(/How your attempts with Dana Fox turned out each week/)).toBeVisible();
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show data' }));
    const table = within(figure).getByRole('table');
    expect(tableTotals(table)).toEqual({ outcomes: [1, 0, 1, 0], trust: ['2.0', '4.0'] });
  });

  it('redraws when a reflection about them is saved', async () => {
    const { dana, achieved } = await seed();
    renderJournalApp(test.journal, `/people/${dana.id}`);
    const figure = await screen.findByRole('figure', { name: TITLE });
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Show data' }));
    await test.journal.reflections.complete({ ...achieved, outcome: 'partly-achieved' });
    await waitFor(() =>
      expect(tableTotals(within(figure).getByRole('table')).outcomes).toEqual([0, 1, 1, 0]),
    );
  });

  it('is left out for someone with no complete reflection', async () => {
    const sam = await test.journal.people.add('Sam Quiet');
    renderJournalApp(test.journal, `/people/${sam.id}`);
    expect(await screen.findByText(/No reflections about Sam Quiet yet/)).toBeVisible();
    expect(screen.queryByRole('figure', { name: TITLE })).toBeNull();
  });

  it('reads the facts of the reflections naming the person only', async () => {
    const { lee } = await seed();
    const facts = await createPersonProgressRepository(test.db).factsForPerson(lee.id);
    expect(facts.map((fact) => fact.outcome).sort()).toEqual(['made-it-worse', 'not-yet']);
  });
});
