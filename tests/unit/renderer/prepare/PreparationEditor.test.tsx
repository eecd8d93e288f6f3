import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import {
  EditPreparationPage,
  NewPreparationPage,
} from '../../../../renderer/features/prepare/PreparationEditorPages';
import { openTestJournal, Providers } from '../reflect/reflectTestHarness';

const TOM = '019ce0a2-5d40-7000-8000-000000000010';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
  localStorage.clear();
});
afterEach(() => close());

function renderAt(route: string) {
  const router = createMemoryRouter(
    [
      { path: '/prepare/new', element: <NewPreparationPage /> },
      { path: '/preparations/:id/edit', element: <EditPreparationPage /> },
      { path: '/preparations/:id', element: <p>Plan page</p> },
    ],
    { initialEntries: [route] },
  );
  return render(
    <Providers journal={journal}>
      <RouterProvider router={router} />
    </Providers>,
  );
}

/** A stored plan opened for editing, with "Thank him" typed as its opening (not yet autosaved). */
async function typeOpeningInStoredPlan() {
  const stored = await journal.preparations.saveDraft({
    ...createDraftPreparation({ now: new Date(), timeZone: 'UTC' }),
    goal: 'A date',
  });
  const user = userEvent.setup();
  const first = renderAt(`/preparations/${stored.id}/edit`);
  await user.type(await screen.findByLabelText('How will I open?'), 'Thank him');
  return { stored, first, user };
}

// Typing through a whole form takes a few seconds on a busy machine.
describe('the preparation form', { timeout: 30_000 }, () => {
  it('asks every question, one block per visible principle, and autosaves a draft as it is typed', async () => {
    const user = userEvent.setup();
    renderAt('/prepare/new');
    const goal = await screen.findByLabelText('What do you want from it?');
    for (const label of [
      'When is it?',
      'Likely objections and my answers',
      'How will I open?',
      'Remind me to reflect',
    ])
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    for (const title of [
      'Empowered adults',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Build partnerships',
    ])
      expect(screen.getByLabelText(title)).toBeInTheDocument();
    expect(screen.getByLabelText('Remind me to reflect')).toHaveValue(30);
    await user.type(goal, 'A launch date');
    await user.type(screen.getByLabelText('How will I open?'), 'Thanks first');
    await waitFor(async () =>
      expect(await journal.preparations.all()).toMatchObject([
        { goal: 'A launch date', opening: 'Thanks first', status: 'draft' },
      ]),
    );
  });

  it('keeps words typed just before the page goes, and puts them back when it opens again', async () => {
    const { stored, first } = await typeOpeningInStoredPlan();
    // The page goes within the autosave's pause: the words are kept in the page's own storage.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    first.unmount();
    renderAt(`/preparations/${stored.id}/edit`);
    expect(await screen.findByLabelText('How will I open?')).toHaveValue('Thank him');
  });

  it('opened again while its last words are still being written, shows them once written, with no conflict', async () => {
    const { stored, first, user } = await typeOpeningInStoredPlan();
    // The write the editor makes as it goes is held until let through, as a slow disk would.
    const saveDraft = journal.preparations.saveDraft;
    let letThrough = () => {};
    const gate = new Promise<void>((resolve) => (letThrough = resolve));
    journal.preparations.saveDraft = async (preparation) => {
      await gate;
      return saveDraft(preparation);
    };
    first.unmount();
    renderAt(`/preparations/${stored.id}/edit`);
    letThrough();
    expect(await screen.findByLabelText('How will I open?')).toHaveValue('Thank him');
    await waitFor(async () => expect((await journal.preparations.get(stored.id))?.opening).toBe('Thank him'));
    // Its own words, written once: never taken for another window's.
    await user.type(screen.getByLabelText('How will I open?'), '!');
    await waitFor(async () =>
      expect((await journal.preparations.get(stored.id))?.opening).toBe('Thank him!'),
    );
    expect(
      screen.queryByRole('heading', { name: 'This preparation was changed in another window.' }),
    ).toBeNull();
  });

  it('refuses "Save preparation" without a person and a goal, naming both and keeping the text', async () => {
    const user = userEvent.setup();
    renderAt('/prepare/new');
    await user.type(await screen.findByLabelText('How will I open?'), 'Thanks first');
    await user.click(screen.getByRole('button', { name: 'Save preparation' }));
    expect(
      await screen.findByRole('button', { name: 'Add the person the conversation is with' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: '“What do you want from it?” is required' })).toBeVisible();
    expect(screen.getByLabelText('How will I open?')).toHaveValue('Thanks first');
  });

  it('keeps the text typed here when another window saved first, until the person chooses', async () => {
    const stored = await journal.preparations.saveDraft({
      ...createDraftPreparation({ now: new Date(), timeZone: 'UTC' }),
      personIds: [TOM],
      goal: 'A date',
    });
    const user = userEvent.setup();
    renderAt(`/preparations/${stored.id}/edit`);
    const opening = await screen.findByLabelText('How will I open?');
    // Another window writes first.
    await journal.preparations.saveDraft({ ...stored, objections: 'Written elsewhere' });
    await user.type(opening, 'Mine');
    expect(
      await screen.findByRole('heading', { name: 'This preparation was changed in another window.' }),
    ).toBeVisible();
    expect(screen.getByLabelText('How will I open?')).toHaveValue('Mine');
    expect((await journal.preparations.get(stored.id))?.opening).toBe('');
    await user.click(screen.getByRole('button', { name: 'Keep my version' }));
    await waitFor(async () => expect((await journal.preparations.get(stored.id))?.opening).toBe('Mine'));
  });
});
