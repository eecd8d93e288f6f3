import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { openTestJournal, renderReflectRoutes } from './reflectTestHarness';

let db: JournalDatabase;
let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ db, journal, close } = await openTestJournal());
});

afterEach(async () => {
  vi.restoreAllMocks();
  await close();
});

const saveStatus = () => screen.getAllByRole('status')[0];

function draft(patch: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/Berlin' }),
    ...patch,
  };
}

describe('text over the limit', () => {
  it('keeps a long paste whole, says how far over it is, autosaves what fits and refuses to complete', async () => {
    renderReflectRoutes(journal, '/new');
    const happened = await screen.findByLabelText('What happened?');
    const pasted = `${'a'.repeat(19_990)}${'b'.repeat(1_244)}`;
    fireEvent.input(happened, { target: { value: pasted } });

    expect(happened).toHaveValue(pasted);
    expect(happened).toHaveAccessibleDescription(
      expect.stringContaining('1,234 characters over the limit of 20,000'),
    );
    expect(happened).toHaveAttribute('aria-invalid', 'true');
    await waitFor(
      () =>
        expect(saveStatus()).toHaveTextContent('Saved what fits: shorten “What happened?” to save the rest'),
      { timeout: 3000 },
    );
    const [stored] = await db.reflections.toArray();
    expect(stored?.context).toBe(pasted.slice(0, 20_000));

    await userEvent.click(screen.getByRole('button', { name: /Review and save/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save reflection' }));
    const summary = await screen.findByRole('region', { name: /things are needed before this can be saved/ });
    expect(summary).toHaveTextContent(
      'Shorten “What happened?”: it is 1,234 characters over the limit of 20,000.',
    );
    expect((await db.reflections.toArray())[0]?.status).toBe('draft');

    // Cut to fit, it saves whole.
    await userEvent.click(within(summary).getByRole('button', { name: /^Shorten “What happened\?”/ }));
    const field = await screen.findByLabelText('What happened?');
    fireEvent.input(field, { target: { value: pasted.slice(0, 20_000) } });
    expect(field).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/), { timeout: 3000 });
  });
});

describe('another window changed the reflection', () => {
  it('shows the stored version, keeps what was typed here to copy, and leaves a trashed reflection in the Trash', async () => {
    const stored = await journal.reflections.saveDraft(draft({ asked: 'The budget' }));
    renderReflectRoutes(journal, `/reflections/${stored.id}/edit`);
    const learned = await screen.findByLabelText('What did you ask for?');
    // The other window moves it to the Trash after this one loaded it.
    await journal.reflections.moveToTrash(stored.id);

    await userEvent.type(learned, ' for next year');
    const notice = await screen.findByRole('region', {
      name: 'This reflection was changed in another window.',
    });
    expect(notice).toHaveTextContent(/moved to the Trash there, and stays there/);
    const kept = within(notice).getByRole('textbox', { name: 'What you wrote here' });
    expect(kept).toHaveAttribute('readonly');
    expect(kept).toHaveValue('What did you ask for?\nThe budget for next year');
    expect(screen.getByLabelText('What did you ask for?')).toHaveValue('The budget');
    expect(await journal.reflections.get(stored.id)).toMatchObject({ asked: 'The budget', revision: 2 });
    expect((await journal.reflections.trash()).map((row) => row.id)).toEqual([stored.id]);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(within(notice).getByRole('button', { name: 'Copy text' }));
    expect(writeText).toHaveBeenCalledWith('What did you ask for?\nThe budget for next year');
    expect(within(notice).getByRole('status')).toHaveTextContent('Copied.');

    // Writing on goes on from the stored version, and it stays in the Trash.
    await userEvent.type(screen.getByLabelText('What did you ask for?'), ' (merged)');
    await waitFor(async () =>
      expect(await journal.reflections.get(stored.id)).toMatchObject({ asked: 'The budget (merged)' }),
    );
    expect((await journal.reflections.get(stored.id))?.deletedAt).not.toBeNull();
  });
});

describe('leaving while saving fails', () => {
  it('asks first, offers Copy text, Stay and Leave anyway', async () => {
    const failing: Journal = {
      ...journal,
      reflections: {
        ...journal.reflections,
        saveDraft: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      },
    };
    const { router } = renderReflectRoutes(failing, '/new');
    await userEvent.type(await screen.findByLabelText('What did you ask for?'), 'Keep me');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/Not saved yet/), { timeout: 3000 });

    await act(() => router.navigate('/journal'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Your latest changes are not saved' });
    const stay = within(dialog).getByRole('button', { name: 'Stay' });
    await waitFor(() => expect(stay).toHaveFocus());

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy text' }));
    expect(writeText).toHaveBeenCalledWith('What did you ask for?\nKeep me');

    await userEvent.click(stay);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('What did you ask for?')).toHaveValue('Keep me');

    await act(() => router.navigate('/journal'));
    await userEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave anyway' }),
    );
    expect(await screen.findByText('Another page')).toBeInTheDocument();
  });

  it('does not ask while saving works', async () => {
    const { router } = renderReflectRoutes(journal, '/new');
    await userEvent.type(await screen.findByLabelText('What did you ask for?'), 'Saved fine');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/), { timeout: 3000 });
    await act(() => router.navigate('/journal'));
    expect(await screen.findByText('Another page')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('the page going away before the autosave', () => {
  it('keeps the last words in the page and puts them back when the reflection opens again', async () => {
    const stored = await journal.reflections.saveDraft(draft({ asked: 'Two more engineers' }));
    const first = renderReflectRoutes(journal, `/reflections/${stored.id}/edit`);
    const asked = await screen.findByLabelText('What did you ask for?');
    await userEvent.type(asked, ' by Friday');
    // The page goes before the pause is over, and before any IndexedDB write could land.
    vi.spyOn(journal.reflections, 'saveDraft').mockReturnValue(new Promise(() => undefined));
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    // Every flush the page's going started has reached the (never finishing) write by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    vi.restoreAllMocks();
    expect((await journal.reflections.get(stored.id))?.asked).toBe('Two more engineers');

    renderReflectRoutes(journal, `/reflections/${stored.id}/edit`);
    await waitFor(() =>
      expect(screen.getByLabelText('What did you ask for?')).toHaveValue('Two more engineers by Friday'),
    );
    await waitFor(
      async () =>
        expect((await journal.reflections.get(stored.id))?.asked).toBe('Two more engineers by Friday'),
      { timeout: 3000 },
    );
  });

  it('offers the kept words instead when another window wrote the reflection since', async () => {
    const stored = await journal.reflections.saveDraft(draft({ asked: 'Two more engineers' }));
    const first = renderReflectRoutes(journal, `/reflections/${stored.id}/edit`);
    await userEvent.type(await screen.findByLabelText('What did you ask for?'), ' by Friday');
    vi.spyOn(journal.reflections, 'saveDraft').mockReturnValue(new Promise(() => undefined));
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    // Every flush the page's going started has reached the (never finishing) write by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    vi.restoreAllMocks();
    await journal.reflections.saveDraft({ ...stored, asked: 'Three engineers' });

    renderReflectRoutes(journal, `/reflections/${stored.id}/edit`);
    const notice = await screen.findByRole('region', {
      name: 'This reflection was changed in another window.',
    });
    expect(within(notice).getByRole('textbox', { name: 'What you wrote here' })).toHaveValue(
      'What did you ask for?\nTwo more engineers by Friday',
    );
    expect(screen.getByLabelText('What did you ask for?')).toHaveValue('Three engineers');
  });
});
