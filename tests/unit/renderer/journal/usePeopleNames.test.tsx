import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import { namesOf, usePeopleById } from '../../../../renderer/features/journal/usePeopleNames';
import { openTestJournal, UNNAMED_PERSON_ID, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

describe('people names in lists', () => {
  it('reads a removed person as Someone, and one still loading as …', async () => {
    const dana = await test.journal.people.add('Dana Fox');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <JournalProvider journal={test.journal}>{children}</JournalProvider>
    );
    const rows = [{ personIds: [dana.id, UNNAMED_PERSON_ID] }];
    const { result } = renderHook(() => namesOf(rows[0]?.personIds ?? [], usePeopleById(rows)), { wrapper });
    expect(result.current).toBe('…, …');
    await waitFor(() => expect(result.current).toBe('Dana Fox, Someone'));
  });

  it('never shows a person in a newly arrived page as removed while their name loads', async () => {
    const dana = await test.journal.people.add('Dana Fox');
    const lee = await test.journal.people.add('Lee Park');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <JournalProvider journal={test.journal}>{children}</JournalProvider>
    );
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ rows }: { rows: { personIds: string[] }[] }) => {
        const peopleById = usePeopleById(rows);
        const names = rows.map((row) => namesOf(row.personIds, peopleById));
        seen.push(...names);
        return names;
      },
      { wrapper, initialProps: { rows: [{ personIds: [dana.id] }] } },
    );
    await waitFor(() => expect(result.current).toEqual(['Dana Fox']));

    // A second page arrives naming someone the live query has not looked up yet.
    rerender({ rows: [{ personIds: [dana.id] }, { personIds: [lee.id] }] });
    await waitFor(() => expect(result.current).toEqual(['Dana Fox', 'Lee Park']));
    expect(seen).not.toContain('Someone');
  });
});
