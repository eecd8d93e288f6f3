import { afterEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import { openCountingJournal } from './reflectionReads';
import { deleteFreshJournal } from './testJournalDatabase';

const reflection = (hour: number, deletedAt: string | null = null): Reflection => ({
  ...createDraftReflection({ now: new Date(Date.UTC(2026, 1, 1, hour)), timeZone: 'Europe/Berlin' }),
  deletedAt,
});

let opened: JournalDatabase | null = null;
afterEach(async () => {
  if (opened !== null) await deleteFreshJournal(opened);
  opened = null;
});

describe('the reflections a restore would move to the Trash are chosen from', () => {
  it('every reflection outside the Trash, read by key without reading a reflection whole', async () => {
    const kept = [reflection(1), reflection(2), reflection(3)];
    const inTrash = [reflection(4, '2026-02-02T10:00:00.000Z'), reflection(5, '2026-02-03T10:00:00.000Z')];
    const { db, reads } = await openCountingJournal('active-ids', [...kept, ...inTrash]);
    opened = db;

    const active = await createBackupSnapshotRepository(createJournal(db)).activeReflectionIds();

    expect([...active].sort()).toEqual(kept.map(({ id }) => id).sort());
    expect(reads).toEqual({ whole: 0, cursors: 0 });
  });
});
