import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import { WEEK_START_KEY } from '../../../../renderer/db/repositories/weekStartRepository';
import { WeekStartSetting } from '../../../../renderer/features/weekStart/WeekStartSetting';
import { openTestJournal, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

function renderSetting() {
  render(
    <StrictMode>
      <JournalProvider journal={test.journal}>
        <WeekStartSetting />
      </JournalProvider>
    </StrictMode>,
  );
}

const select = () => screen.findByRole('combobox', { name: 'First day of the week' });

describe('First day of the week setting', () => {
  it('offers the language default and three days, and saves a choice with the journal', async () => {
    renderSetting();
    const field = await select();
    await waitFor(() => expect(field).toBeEnabled());
    expect(
      within(field)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['From my language settings', 'Monday', 'Sunday', 'Saturday']);
    expect(field).toHaveValue('locale');

    await userEvent.setup().selectOptions(field, 'Sunday');
    await waitFor(async () => expect((await test.db.meta.get(WEEK_START_KEY))?.value).toBe('sunday'));
    // The select follows the journal through a live query, which answers a moment after the write.
    await waitFor(() => expect(field).toHaveValue('sunday'));
  });

  it('shows a choice made earlier, or in another window', async () => {
    await test.db.meta.put({ key: WEEK_START_KEY, value: 'monday' });
    renderSetting();
    const field = await select();
    await waitFor(() => expect(field).toHaveValue('monday'));
    await test.db.meta.put({ key: WEEK_START_KEY, value: 'saturday' });
    await waitFor(() => expect(field).toHaveValue('saturday'));
  });

  it('says when the saved choice could not be read', async () => {
    await test.db.meta.put({ key: WEEK_START_KEY, value: 42 });
    renderSetting();
    expect(
      await screen.findByText(/could not be read, so weeks follow your language settings/),
    ).toBeVisible();
    expect(await select()).toHaveValue('locale');
  });

  it('says when a choice could not be saved, and keeps the one saved before', async () => {
    await test.db.meta.put({ key: WEEK_START_KEY, value: 'monday' });
    renderSetting();
    const field = await select();
    await waitFor(() => expect(field).toHaveValue('monday'));
    vi.spyOn(test.db.meta, 'put').mockRejectedValueOnce(new Error('The disk is full.'));
    await userEvent.setup().selectOptions(field, 'Saturday');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not save the first day of the week; it stays as it was. The disk is full.',
    );
    expect((await test.db.meta.get(WEEK_START_KEY))?.value).toBe('monday');
    await waitFor(() => expect(field).toHaveValue('monday'));
  });
});
