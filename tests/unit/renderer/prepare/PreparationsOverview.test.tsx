import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { openTestJournal, renderJournalApp, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal(new Date('2026-03-10T12:00:00Z'));
});

afterEach(async () => {
  await test.close();
});

function plan(overrides: Partial<Preparation>): Preparation {
  return {
    ...createDraftPreparation({ now: new Date('2026-03-09T12:00:00Z'), timeZone: 'Europe/London' }),
    ...overrides,
  };
}

describe('plans on the Journal page', () => {
  it('lists drafts without a time or past their time as Unfinished plans, each with Continue', async () => {
    const dana = await test.journal.people.add('Dana Fox');
    const untimed = await test.journal.preparations.saveDraft(plan({ goal: 'A plan with no time yet' }));
    const pastDraft = await test.journal.preparations.saveDraft(
      plan({ personIds: [dana.id], goal: 'Left half-made', plannedAt: '2026-03-01T10:00' }),
    );
    await test.journal.preparations.markReady(
      plan({ personIds: [dana.id], goal: 'Made ready in time', plannedAt: '2026-03-01T11:00' }),
    );
    renderJournalApp(test.journal, '/journal');

    const unfinished = await screen.findByRole('region', { name: 'Unfinished plans' });
    const items = within(unfinished).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Both were saved at the journal's one test time, so their order is not the point here.
    const half = items.find((item) => item.textContent?.includes('Left half-made'));
    const noTime = items.find((item) => item.textContent?.includes('A plan with no time yet'));
    if (half === undefined || noTime === undefined) throw new Error('An unfinished plan is missing');
    expect(
      await within(half).findByRole('link', { name: 'Continue the plan for the conversation with Dana Fox' }),
    ).toHaveAttribute('href', `/preparations/${pastDraft.id}/edit`);
    expect(noTime).toHaveTextContent('No time set · A plan with no time yet');
    expect(
      within(noTime).getByRole('link', { name: 'Continue the plan for the conversation' }),
    ).toHaveAttribute('href', `/preparations/${untimed.id}/edit`);
    // The ready one waits for its reflection instead: each plan is listed once.
    const waiting = screen.getByRole('region', { name: 'Waiting for reflection' });
    expect(waiting).toHaveTextContent('Made ready in time');
    expect(unfinished).not.toHaveTextContent('Made ready in time');
  });
});
