import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import { ProgressWarmUp } from '../../../../renderer/features/progress/ProgressWarmUp';
import { progressMemoryFor } from '../../../../renderer/features/progress/useProgressMemory';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
  await test.journal.reflections.bulkImport([
    reflectionAt('2026-01-05T12:00:00Z', { outcome: 'achieved' }),
    reflectionAt('2026-03-01T12:00:00Z'),
  ]);
});

afterEach(async () => {
  progressMemoryFor(test.db, createProgressRepository(test.db)).close();
  await test.close();
});

describe('Progress got ready in the background', () => {
  it("reads every month into the journal's Progress memory without Progress being opened", async () => {
    const memory = progressMemoryFor(test.db, createProgressRepository(test.db));
    expect(memory.getSnapshot().months).toBeNull();
    const { container } = render(
      <JournalProvider journal={test.journal}>
        <ProgressWarmUp />
      </JournalProvider>,
    );
    // It draws nothing of its own.
    expect(container).toBeEmptyDOMElement();
    await vi.waitFor(() =>
      expect([...(memory.getSnapshot().months?.keys() ?? [])].sort()).toEqual(['2026-01', '2026-03']),
    );
  });
});
