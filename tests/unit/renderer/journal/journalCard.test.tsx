import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

describe('A journal card', () => {
  it('shows a draft note by its first words and its tags', async () => {
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-03-04T12:00:00Z', {
        status: 'draft',
        asked: '',
        context: 'Priya said the budget was already closed',
        tags: ['budget', 'q3'],
      }),
    ]);
    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    const link = await within(list).findByRole('link', { name: /Priya said the budget was already closed/ });
    expect(link).toHaveTextContent('#budget');
    expect(link).toHaveTextContent('#q3');
    expect(link).not.toHaveTextContent('Nothing written yet');
    expect(link.querySelector('.journal-row-asked')).toHaveAttribute('dir', 'auto');
  });

  it('shows the first words of a draft written only in a later field', async () => {
    const draft = reflectionAt('2026-03-04T12:00:00Z', { status: 'draft', asked: '', learned: 'Ask sooner' });
    await test.journal.reflections.bulkImport([draft]);
    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    expect(await within(list).findByRole('link', { name: /Ask sooner/ })).toBeInTheDocument();
  });

  it('says "Nothing written yet" only when nothing was', async () => {
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-03-04T12:00:00Z', { status: 'draft', asked: '' }),
    ]);
    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    expect(await within(list).findByText('Nothing written yet')).toBeInTheDocument();
  });

  it('ends the Drafts list with a line about drafts', async () => {
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-03-04T12:00:00Z', { status: 'draft', asked: 'Half a thought' }),
      reflectionAt('2026-03-05T12:00:00Z'),
    ]);
    renderJournalApp(test.journal, '/journal');
    expect(await screen.findByText('That is the first reflection in your journal.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Drafts' }));
    expect(await screen.findByText('That is your oldest draft.')).toBeInTheDocument();
    expect(screen.queryByText('That is the first reflection in your journal.')).not.toBeInTheDocument();
  });
});
