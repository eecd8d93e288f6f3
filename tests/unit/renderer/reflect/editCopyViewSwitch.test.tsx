import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { openTestJournal, renderReflectRoutes } from './reflectTestHarness';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
});

afterEach(() => close());

async function savedQuickNote() {
  return journal.reflections.complete({
    ...createDraftReflection({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/Berlin' }),
    mode: 'quick',
    context: 'They offered Thursday',
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';

describe('switching views while editing a saved reflection', () => {
  it('is not a change: leaving asks nothing and writes nothing', async () => {
    const note = await savedQuickNote();
    const { router } = renderReflectRoutes(journal, `/reflections/${note.id}/edit`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Continue in full reflection' }, { timeout: 5000 }),
    );
    await screen.findByRole('heading', { level: 2, name: 'The conversation' });
    expect(screen.getByText('No changes yet')).toBeInTheDocument();

    await act(() => router.navigate('/journal'));
    expect(await screen.findByText('Another page')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await journal.reflections.get(note.id)).toMatchObject({ mode: 'quick', revision: note.revision });
  }, 20_000);

  it('counts a real change after the switch, and asks before leaving', async () => {
    const note = await savedQuickNote();
    const { router } = renderReflectRoutes(journal, `/reflections/${note.id}/edit`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Continue in full reflection' }, { timeout: 5000 }),
    );
    fireEvent.input(await screen.findByLabelText('What happened?'), {
      target: { value: 'They offered Friday' },
    });
    expect(screen.getByText('Changes not saved yet')).toBeInTheDocument();
    await act(() => router.navigate('/journal'));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
    expect(location()).toMatch(new RegExp(`^/reflections/${note.id}/edit`));
  }, 20_000);
});
