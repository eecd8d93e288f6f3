import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { SearchHit } from '../../../../shared/search/toSearchHit';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { DateTimeFormatProvider } from '../../../../renderer/features/dateTime/DateTimeFormatProvider';
import { DateTimeFormatSetting } from '../../../../renderer/features/dateTime/DateTimeFormatSetting';
import { SummaryStep } from '../../../../renderer/features/reflect/SummaryStep';
import { SearchResultList } from '../../../../renderer/features/search/SearchResultList';
import { openTestJournal, Providers } from '../reflect/reflectTestHarness';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
});

afterEach(() => close());

const hit: SearchHit = {
  id: '019c0000-0000-7000-8000-0000000000aa',
  kind: 'reflection',
  occurredAt: '2026-03-02T21:30',
  outcome: null,
  starred: false,
  status: 'complete',
  asked: [{ text: 'Asked Dana for the budget', match: false }],
  people: [],
  passage: null,
};

const reflection = {
  ...createDraftReflection({ now: new Date('2026-03-02T21:30:00Z'), timeZone: 'Europe/London' }),
  occurredAt: '2026-03-02T21:30',
};

describe('dates on memoized pages follow the Settings format live', () => {
  it(
    'a search result and the review step redraw when the format changes, with no navigation',
    { timeout: 20_000 },
    async () => {
      render(
        <Providers journal={journal}>
          <DateTimeFormatProvider>
            <MemoryRouter>
              <DateTimeFormatSetting />
              <SearchResultList hits={[hit]} />
              <SummaryStep reflection={reflection} principles={[]} />
            </MemoryRouter>
          </DateTimeFormatProvider>
        </Providers>,
      );
      const time = await screen.findByRole('combobox', { name: 'Time format' });
      await waitFor(() => expect(time).toBeEnabled());
      await userEvent.selectOptions(time, '24-hour');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Date order' }), 'Day month year');
      const results = screen.getByRole('list', { name: 'Search results' });
      await waitFor(() => expect(within(results).getByText('Mon 2 Mar 2026')).toBeInTheDocument());
      expect(screen.getByText('Mon 2 Mar 2026, 21:30')).toBeInTheDocument();

      await userEvent.selectOptions(time, '12-hour');
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Date order' }), 'Month day year');
      await waitFor(() => expect(within(results).getByText('Mon, Mar 2, 2026')).toBeInTheDocument());
      expect(screen.getByText('Mon, Mar 2, 2026, 9:30 pm')).toBeInTheDocument();
    },
  );
});
