import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { afterConversationReminderId } from '../../../../shared/reminders/afterConversationReminder';
import type { Journal } from '../../../../renderer/db/JournalContext';
import {
  autosaveMovesReminder,
  syncAfterConversationReminder,
} from '../../../../renderer/features/prepare/afterConversationReminderSync';
import { EditPreparationPage } from '../../../../renderer/features/prepare/PreparationEditorPages';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { openTestJournal, Providers } from '../reflect/reflectTestHarness';

const TOM = '019ce0a2-5d40-7000-8000-000000000010';

function plan(overrides: Partial<Preparation> = {}): Preparation {
  return {
    ...createDraftPreparation({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/London' }),
    personIds: [TOM],
    goal: 'A launch date',
    plannedAt: '2099-03-11T15:00',
    status: 'ready',
    ...overrides,
  };
}

describe('which autosaves move a plan’s reminder', () => {
  it('moves it when a ready plan’s time, offset, people or readiness change, and not for other typing', () => {
    const ready = plan();
    expect(autosaveMovesReminder(ready, { ...ready, plannedAt: '2099-03-12T16:00' })).toBe(true);
    expect(autosaveMovesReminder(ready, { ...ready, remindAfterMinutes: 60 })).toBe(true);
    expect(autosaveMovesReminder(ready, { ...ready, personIds: [], status: 'draft' })).toBe(true);
    expect(autosaveMovesReminder(ready, { ...ready, opening: 'Thank him first' })).toBe(false);
    const draft = plan({ status: 'draft' });
    expect(autosaveMovesReminder(draft, { ...draft, plannedAt: '2099-03-12T16:00' })).toBe(false);
  });
});

describe('autosave of a ready plan', () => {
  let journal: Journal;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ journal, close } = await openTestJournal());
    localStorage.clear();
  });
  afterEach(() => close());

  async function storedReminderTime(id: string): Promise<string | undefined> {
    // A fresh platform reads what is stored, not a copy held by another.
    const views = await createBrowserPlatform('0.0.0-test').reminders.list();
    const reminder = views.find((view) => view.reminder.id === afterConversationReminderId(id))?.reminder;
    return reminder?.schedule.type === 'once'
      ? `${reminder.schedule.date}T${reminder.schedule.time}`
      : undefined;
  }

  it('moves the reminder when its time is changed, without "Save preparation"', async () => {
    const ready = await journal.preparations.markReady(plan());
    await syncAfterConversationReminder(
      createBrowserPlatform('0.0.0-test').reminders,
      ready,
      ['Tom'],
      new Date(),
    );
    expect(await storedReminderTime(ready.id)).toBe('2099-03-11T15:30');

    const router = createMemoryRouter(
      [{ path: '/preparations/:id/edit', element: <EditPreparationPage /> }],
      {
        initialEntries: [`/preparations/${ready.id}/edit`],
      },
    );
    render(
      <Providers journal={journal}>
        <RouterProvider router={router} />
      </Providers>,
    );
    fireEvent.input(await screen.findByLabelText('When is it?'), { target: { value: '2099-03-12T16:00' } });

    await waitFor(async () => expect(await storedReminderTime(ready.id)).toBe('2099-03-12T16:30'), {
      timeout: 5_000,
    });
    expect((await journal.preparations.get(ready.id))?.plannedAt).toBe('2099-03-12T16:00');
  });
});
