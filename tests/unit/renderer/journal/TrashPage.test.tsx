import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
