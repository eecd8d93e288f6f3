import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COACH_COMMENT_MAX_CHARS } from '../../../../shared/coach/coachComment';
import { CommentThread, ReflectionCoachSection } from '../../../../renderer/features/coach/CoachComments';
import { openCoachKit } from './coachTestKit';
import { servicesFor, WithCoach } from './coachServicesForTest';

const CLIENT = '019ce0a2-5d40-7a1b-8c3d-0000000c1e17';
const REFLECTION = '019ce0a2-5d40-7000-8000-000000000001';

let kit: ReturnType<typeof openCoachKit>;
let clock: Date;

beforeEach(() => {
  clock = new Date('2026-12-06T09:00:00Z');
  kit = openCoachKit(() => clock);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await kit.dispose();
});

function renderSection() {
  return render(
    <WithCoach services={servicesFor(kit)}>
      <ReflectionCoachSection clientId={CLIENT} reflectionId={REFLECTION} />
    </WithCoach>,
  );
}

// Typing through user-event on a shared two-core machine can pass the default 5 s.
describe('comments on a client reflection', { timeout: 20_000 }, () => {
  it('adds a comment, shows it, and stores it for this reflection as a whole', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    await user.type(screen.getByLabelText('Comment on this reflection'), 'You kept the decision theirs.');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await screen.findByText('You kept the decision theirs.', { selector: 'p' })).toBeTruthy();
    const stored = await kit.notes.commentsOn(CLIENT, REFLECTION);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ text: 'You kept the decision theirs.', principleId: null });
  });

  it('edits a comment: the new words are shown and stored, marked edited', async () => {
    const user = userEvent.setup();
    await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: null,
      text: 'First take.',
    });
    clock = new Date('2026-12-07T10:00:00Z');
    renderSection();
    const item = (await screen.findByText('First take.')).closest('li');
    if (item === null) throw new Error('The comment is not in a list item');
    await user.click(within(item).getByRole('button', { name: 'Edit' }));
    const box = screen.getByLabelText('Edit comment');
    await user.clear(box);
    await user.type(box, 'Second take.');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    // The box's own text would match too: the comment shown is a paragraph.
    expect(await screen.findByText('Second take.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByText('First take.')).toBeNull();
    expect(await screen.findByText(/ · edited /)).toBeTruthy();
    const [stored] = await kit.notes.commentsOn(CLIENT, REFLECTION);
    expect(stored?.text).toBe('Second take.');
    expect(stored?.updatedAt).toBe('2026-12-07T10:00:00.000Z');
  });

  it('deletes a comment only after confirming', async () => {
    const user = userEvent.setup();
    await kit.notes.addComment({
      clientId: CLIENT,
      reflectionId: REFLECTION,
      principleId: null,
      text: 'Goes away.',
    });
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByText('Delete this comment?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await kit.notes.commentsOn(CLIENT, REFLECTION)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Goes away.')).toBeNull());
    expect(await kit.notes.commentsOn(CLIENT, REFLECTION)).toHaveLength(0);
  });

  it('keeps the words in the box and says why when saving fails', async () => {
    const user = userEvent.setup();
    vi.spyOn(kit.notes, 'addComment').mockRejectedValue(new Error('The disk is full'));
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    await user.type(screen.getByLabelText('Comment on this reflection'), 'Words worth keeping.');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The comment was not saved: The disk is full',
    );
    expect((screen.getByLabelText('Comment on this reflection') as HTMLTextAreaElement).value).toBe(
      'Words worth keeping.',
    );
  });

  it('says how much too long a comment is and does not save it', async () => {
    const user = userEvent.setup();
    const add = vi.spyOn(kit.notes, 'addComment');
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    const box = screen.getByLabelText('Comment on this reflection');
    await user.click(box);
    await user.paste('x'.repeat(COACH_COMMENT_MAX_CHARS + 5));
    expect(screen.getByRole('alert').textContent).toMatch(/^This comment is 5 characters too long/);
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(add).not.toHaveBeenCalled();
  });

  it('comments on one principle block are kept apart from those on the whole reflection', async () => {
    const user = userEvent.setup();
    render(
      <WithCoach services={servicesFor(kit)}>
        <CommentThread
          clientId={CLIENT}
          reflectionId={REFLECTION}
          principleId="sphere-of-influence"
          principleTitle="Sphere of influence"
        />
      </WithCoach>,
    );
    await user.click(await screen.findByRole('button', { name: 'Add comment on Sphere of influence' }));
    await user.type(screen.getByLabelText('Comment on Sphere of influence'), 'Inside your sphere.');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await screen.findByText('Inside your sphere.', { selector: 'p' })).toBeTruthy();
    const [stored] = await kit.notes.commentsOn(CLIENT, REFLECTION);
    expect(stored?.principleId).toBe('sphere-of-influence');
  });
});

describe('Needs discussion', { timeout: 20_000 }, () => {
  it('ticks and unticks the flag, stored for this reflection', async () => {
    const user = userEvent.setup();
    renderSection();
    const box = await screen.findByRole('checkbox', { name: 'Needs discussion' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    await user.click(box);
    await waitFor(async () => expect(await kit.notes.isFlagged(CLIENT, REFLECTION)).toBe(true));
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    await waitFor(async () => expect(await kit.notes.isFlagged(CLIENT, REFLECTION)).toBe(false));
    expect((box as HTMLInputElement).checked).toBe(false);
  });

  it('puts the box back and says so when the flag cannot be saved', async () => {
    const user = userEvent.setup();
    vi.spyOn(kit.notes, 'setFlag').mockRejectedValue(new Error('The disk is full'));
    renderSection();
    const box = await screen.findByRole('checkbox', { name: 'Needs discussion' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    await user.click(box);
    expect((await screen.findByRole('alert')).textContent).toBe('The flag was not saved: The disk is full');
    expect((box as HTMLInputElement).checked).toBe(false);
  });
});
