import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import { afterConversationReminderId } from '../../../../shared/reminders/afterConversationReminder';
import { syncAfterConversationReminder } from '../../../../renderer/features/prepare/afterConversationReminderSync';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal(new Date('2026-03-10T12:00:00Z'));
});

afterEach(async () => {
  await test.close();
});

async function trashed(asked: string) {
  const reflection = reflectionAt('2026-03-04T12:00:00Z', { asked });
  await test.journal.reflections.bulkImport([reflection]);
  await test.journal.reflections.moveToTrash(reflection.id);
  return reflection;
}

describe('Trash page', () => {
  it('lists deleted reflections with when they were deleted and when they go for good', async () => {
    await trashed('Deleted ask');
    renderJournalApp(test.journal, '/trash');
    const list = await screen.findByRole('list', { name: 'Deleted reflections' });
    const [item] = within(list).getAllByRole('listitem');
    expect(item).toHaveTextContent('Deleted ask');
    expect(item).toHaveTextContent('Deleted 10 Mar 2026. Removed for good on 9 Apr 2026.');
  });

  it('restores a reflection to the journal', async () => {
    const reflection = await trashed('Bring me back');
    renderJournalApp(test.journal, '/trash');
    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    // Focus moves in an effect after the message renders, so wait for it rather than racing it.
    await waitFor(() => expect(screen.getByText('Restored to the journal.')).toHaveFocus());
    expect(await screen.findByText('The Trash is empty.')).toBeInTheDocument();
    expect((await test.journal.reflections.get(reflection.id))?.deletedAt).toBeNull();
  });

  it('deletes forever only after a confirmation', async () => {
    const reflection = await trashed('Gone for good');
    renderJournalApp(test.journal, '/trash');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await test.journal.reflections.get(reflection.id)).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Delete forever' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete forever' }));
    expect(await screen.findByText('Deleted for good.')).toBeInTheDocument();
    expect(await screen.findByText('The Trash is empty.')).toBeInTheDocument();
    expect(await test.journal.reflections.get(reflection.id)).toBeUndefined();
  });

  it('says when the Trash is empty', async () => {
    renderJournalApp(test.journal, '/trash');
    expect(await screen.findByText('The Trash is empty.')).toBeInTheDocument();
  });

  it('lists a deleted plan under Deleted plans and restores it, the Trash saying empty only when both are', async () => {
    const saved = await test.journal.preparations.saveDraft({
      ...createDraftPreparation({ now: new Date('2026-03-09T12:00:00Z'), timeZone: 'Europe/London' }),
      goal: 'A launch date both teams can keep',
    });
    await test.journal.preparations.moveToTrash(saved.id);
    renderJournalApp(test.journal, '/trash');
    const list = await screen.findByRole('list', { name: 'Deleted plans' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('A launch date both teams can keep');
    expect(
      screen.getByText(/Deleted plans stay until you restore them or delete them forever/),
    ).toBeVisible();
    expect(screen.queryByText('The Trash is empty.')).not.toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: 'Restore the plan for a conversation' }));
    await waitFor(() => expect(screen.getByText('Plan restored to the journal.')).toHaveFocus());
    expect(await screen.findByText('The Trash is empty.')).toBeInTheDocument();
    expect((await test.journal.preparations.get(saved.id))?.deletedAt).toBeNull();
  });

  it('deletes a plan forever only after asking, taking its reminder and leaving its reflection’s words', async () => {
    const platform = createBrowserPlatform('0.0.0-test');
    const dana = await test.journal.people.add('Dana Fox');
    const ready = await test.journal.preparations.markReady({
      ...createDraftPreparation({ now: new Date('2026-03-09T12:00:00Z'), timeZone: 'Europe/London' }),
      personIds: [dana.id],
      goal: 'Budget sign-off',
      plannedAt: '2026-03-11T15:00',
    });
    await syncAfterConversationReminder(
      platform.reminders,
      ready,
      ['Dana Fox'],
      new Date('2026-03-10T12:00:00Z'),
    );
    const reflection = reflectionAt('2026-03-09T16:00:00Z', { asked: 'Asked Dana to sign off the budget' });
    await test.journal.reflections.bulkImport([reflection]);
    await test.journal.preparations.linkReflection(ready.id, reflection.id);
    await test.journal.preparations.moveToTrash(ready.id);
    renderJournalApp(test.journal, '/trash');
    const list = await screen.findByRole('list', { name: 'Deleted plans' });

    await userEvent.click(
      await within(list).findByRole('button', { name: 'Delete forever the plan with Dana Fox' }),
    );
    const ask = within(list).getByRole('group', { name: 'Delete the plan with Dana Fox forever?' });
    expect(ask).toHaveTextContent('This cannot be undone. The reflection on it keeps its words.');
    await waitFor(() => expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus());
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(await test.journal.preparations.get(ready.id)).toBeDefined();

    await userEvent.click(
      within(list).getByRole('button', { name: 'Delete forever the plan with Dana Fox' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete forever' }));
    await waitFor(() => expect(screen.getByText('Plan deleted for good.')).toHaveFocus());
    expect(await test.journal.preparations.get(ready.id)).toBeUndefined();
    expect(await test.journal.reflections.get(reflection.id)).toMatchObject({
      asked: 'Asked Dana to sign off the budget',
      preparationId: null,
    });
    // A fresh platform reads the stored reminders, not the copy this test's platform holds.
    expect(
      (await createBrowserPlatform('0.0.0-test').reminders.list()).filter(
        (view) => view.reminder.id === afterConversationReminderId(ready.id),
      ),
    ).toEqual([]);
  });
});
