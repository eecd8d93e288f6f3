import { describe, expect, it } from 'vitest';
import { JOURNAL_DATABASE_NAME } from '../../../../renderer/db/JournalDatabase';
import {
  databaseNameOfSearchWorker,
  searchWorkerName,
} from '../../../../renderer/features/search/searchWorkerName';

describe('which journal a search worker indexes', () => {
  it("names the person's own journal's worker plainly, as before", () => {
    expect(searchWorkerName(JOURNAL_DATABASE_NAME)).toBe('search');
    expect(databaseNameOfSearchWorker('search')).toBe(JOURNAL_DATABASE_NAME);
  });

  it("carries a client workspace's database name through the worker's name", () => {
    const name = 'influence-journal-client-019ce0a2-5d40-7a1b-8c3d-00000000beef';
    expect(databaseNameOfSearchWorker(searchWorkerName(name))).toBe(name);
  });

  it("falls back to the person's own journal for a name it does not know", () => {
    expect(databaseNameOfSearchWorker('')).toBe(JOURNAL_DATABASE_NAME);
    expect(databaseNameOfSearchWorker('search:')).toBe(JOURNAL_DATABASE_NAME);
  });
});
