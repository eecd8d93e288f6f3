import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginStartup, whenStartupSettled } from '../../../../renderer/app/startupPhase';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;
let firstRowsShown: () => void = () => undefined;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  // Start-up is module state: end it, so the next test starts with nothing in progress.
  firstRowsShown();
  await whenStartupSettled();
  await test.close();
});

describe('the Journal page at start-up', () => {
  it('counts the journal only once its first rows are on screen', async () => {
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-03-04T12:00:00Z', { asked: 'Newest ask' }),
      reflectionAt('2026-03-03T12:00:00Z', { asked: 'Older ask' }),
      reflectionAt('2026-02-25T12:00:00Z', { asked: 'Oldest ask' }),
    ]);
    const countActive = vi.spyOn(test.journal.reflections, 'countActive');
    beginStartup(new Promise<void>((resolve) => (firstRowsShown = resolve)));

    renderJournalApp(test.journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Newest ask'));
    expect(countActive).not.toHaveBeenCalled();
    expect(screen.queryByText('3 reflections')).not.toBeInTheDocument();

    await act(async () => {
      firstRowsShown();
      await whenStartupSettled();
    });
    expect(await screen.findByText('3 reflections')).toBeInTheDocument();
    expect(countActive).toHaveBeenCalled();
  });
});
