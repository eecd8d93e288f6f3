import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import {
  createDateTimeFormatRepository,
  DATE_TIME_FORMAT_KEY,
} from '../../../../renderer/db/repositories/dateTimeFormatRepository';
import { DateTimeFormatProvider } from '../../../../renderer/features/dateTime/DateTimeFormatProvider';
import { DateTimeFormatSetting } from '../../../../renderer/features/dateTime/DateTimeFormatSetting';
import { formatLocalDateTime } from '../../../../renderer/features/journal/formatJournalDate';
import { openTestJournal, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

// 6 Dec 2026 14:05 wherever the test runs: the example is written from this computer's zone.
const noon = () => {
  const zoneOffsetMs = new Date(Date.UTC(2026, 11, 6, 14, 5)).getTimezoneOffset() * 60_000;
  return Date.UTC(2026, 11, 6, 14, 5) + zoneOffsetMs;
};

function renderSetting() {
  render(
    <StrictMode>
      <JournalProvider journal={test.journal}>
        <DateTimeFormatProvider>
          <DateTimeFormatSetting now={noon} />
        </DateTimeFormatProvider>
      </JournalProvider>
    </StrictMode>,
  );
}

const timeFormat = () => screen.findByRole('combobox', { name: 'Time format' });
const dateOrder = () => screen.findByRole('combobox', { name: 'Date order' });

describe('Date and time setting', () => {
  it('offers the choices, saves them with the journal and shows the result at once', async () => {
    renderSetting();
    expect(await screen.findByRole('heading', { name: 'Date and time' })).toBeVisible();
    const time = await timeFormat();
    const order = await dateOrder();
    await waitFor(() => expect(time).toBeEnabled());
    expect(
      within(time)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(["Follow this computer's language", '24-hour', '12-hour']);
    expect(
      within(order)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(["Follow this computer's language", 'Day month year', 'Month day year', 'Year month day']);
    expect(screen.getByText('Today: Sun 6 Dec 2026, 14:05')).toBeVisible();

    const user = userEvent.setup();
    await user.selectOptions(time, '12-hour');
    await waitFor(() => expect(time).toHaveValue('12h'));
    await user.selectOptions(order, 'Month day year');
    await waitFor(async () =>
      expect((await test.db.meta.get(DATE_TIME_FORMAT_KEY))?.value).toEqual({
        timeFormat: '12h',
        dateOrder: 'mdy',
      }),
    );
    expect(await screen.findByText('Today: Sun, Dec 6, 2026, 2:05 pm')).toBeVisible();
    // Code outside React writes the same way.
    expect(formatLocalDateTime('2026-03-02T09:30')).toBe('Mon, Mar 2, 2026, 9:30 am');
  });

  it('keeps both of two quick changes, each made before the page saw the other', async () => {
    const repository = createDateTimeFormatRepository(test.journal.db);
    await Promise.all([repository.change({ timeFormat: '12h' }), repository.change({ dateOrder: 'mdy' })]);
    expect((await repository.read()).preference).toEqual({ timeFormat: '12h', dateOrder: 'mdy' });
  });

  it('follows a choice made in another window', async () => {
    renderSetting();
    await waitFor(async () => expect(await timeFormat()).toBeEnabled());
    await test.db.meta.put({ key: DATE_TIME_FORMAT_KEY, value: { timeFormat: '24h', dateOrder: 'ymd' } });
    expect(await screen.findByText('Today: Sun 2026 Dec 6, 14:05')).toBeVisible();
    expect(await dateOrder()).toHaveValue('ymd');
  });

  it('says when the saved choice could not be read, and follows the language', async () => {
    await test.db.meta.put({ key: DATE_TIME_FORMAT_KEY, value: { timeFormat: '36h' } });
    renderSetting();
    expect(await screen.findByText(/could not be read, so dates follow this computer/)).toBeVisible();
    expect(await timeFormat()).toHaveValue('locale');
    expect(screen.getByText('Today: Sun 6 Dec 2026, 14:05')).toBeVisible();
  });

  it('says when a choice could not be saved, and keeps the one saved before', async () => {
    renderSetting();
    const time = await timeFormat();
    await waitFor(() => expect(time).toBeEnabled());
    vi.spyOn(test.db.meta, 'put').mockRejectedValueOnce(new Error('The disk is full.'));
    await userEvent.setup().selectOptions(time, '12-hour');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not save the date and time format; it stays as it was. The disk is full.',
    );
    expect(await test.db.meta.get(DATE_TIME_FORMAT_KEY)).toBeUndefined();
    expect(time).toHaveValue('locale');
  });
});
