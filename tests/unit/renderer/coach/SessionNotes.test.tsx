import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionNotes } from '../../../../renderer/features/coach/SessionNotes';
import { openCoachKit } from './coachTestKit';
import { servicesFor, WithCoach } from './coachServicesForTest';

const CLIENT = '019ce0a2-5d40-7a1b-8c3d-0000000c1e17';

let kit: ReturnType<typeof openCoachKit>;

beforeEach(() => {
  kit = openCoachKit();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await kit.dispose();
});

function renderNotes() {
  return render(
    <WithCoach services={servicesFor(kit)}>
      <SessionNotes clientId={CLIENT} />
    </WithCoach>,
  );
}

// Typing through user-event on a shared two-core machine can pass the default 5 s.
describe('session notes', { timeout: 20_000 }, () => {
  it('saves as the coach types, and the box opens again with them', async () => {
    const user = userEvent.setup();
    const view = renderNotes();
    await user.type(await screen.findByLabelText('Session notes'), 'Ask about the budget talk.');
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(await kit.notes.sessionNotes(CLIENT)).toMatchObject({
      text: 'Ask about the budget talk.',
      includeInFeedback: false,
    });
    view.unmount();
    renderNotes();
    expect(((await screen.findByLabelText('Session notes')) as HTMLTextAreaElement).value).toBe(
      'Ask about the budget talk.',
    );
  });

  it('stores the choice to include the notes in feedback', async () => {
    const user = userEvent.setup();
    await kit.notes.saveSessionNotes(CLIENT, { text: 'Shared plan.', includeInFeedback: false });
    renderNotes();
    await user.click(await screen.findByRole('checkbox', { name: 'Include session notes in feedback' }));
    await waitFor(async () =>
      expect(await kit.notes.sessionNotes(CLIENT)).toMatchObject({
        text: 'Shared plan.',
        includeInFeedback: true,
      }),
    );
  });

  it('keeps the words on screen when saving fails, says so, and saves them once it works again', async () => {
    const user = userEvent.setup();
    const save = vi.spyOn(kit.notes, 'saveSessionNotes').mockRejectedValueOnce(new Error('The disk is full'));
    renderNotes();
    const box = (await screen.findByLabelText('Session notes')) as HTMLTextAreaElement;
    await user.type(box, 'Do not lose me');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your session notes are not saved yet (they stay on screen): The disk is full',
    );
    expect(box.value).toBe('Do not lose me');
    await user.type(box, '.');
    await waitFor(async () => expect((await kit.notes.sessionNotes(CLIENT))?.text).toBe('Do not lose me.'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('never puts an older stored copy back under the typing', async () => {
    const user = userEvent.setup();
    await kit.notes.saveSessionNotes(CLIENT, { text: 'Old', includeInFeedback: false });
    renderNotes();
    const box = (await screen.findByLabelText('Session notes')) as HTMLTextAreaElement;
    await user.type(box, ' and new');
    // Another window writes an older text meanwhile; what is on screen stays what was typed.
    await kit.notes.saveSessionNotes(CLIENT, { text: 'Old', includeInFeedback: false });
    await user.type(box, '!');
    expect(box.value).toBe('Old and new!');
    await waitFor(async () => expect((await kit.notes.sessionNotes(CLIENT))?.text).toBe('Old and new!'));
  });

  it('says so when the notes cannot be read, instead of showing an empty box to type over them', async () => {
    vi.spyOn(kit.notes, 'sessionNotes').mockRejectedValue(new Error('The database is closed'));
    renderNotes();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your session notes could not be read: The database is closed',
    );
    expect(screen.queryByLabelText('Session notes')).toBeNull();
  });
});
