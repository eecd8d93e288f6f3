import { afterEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import { uniqueDatabaseName } from './migrationHarness';
import { countReflectionReads } from './reflectionReads';
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
    const db = new JournalDatabase(uniqueDatabaseName('active-ids'));
    const reads = countReflectionReads(db);
    await db.open();
    opened = db;
    const kept = [reflection(1), reflection(2), reflection(3)];
    const inTrash = [reflection(4, '2026-02-02T10:00:00.000Z'), reflection(5, '2026-02-03T10:00:00.000Z')];
    await db.reflections.bulkPut([...kept, ...inTrash]);

    const active = await createBackupSnapshotRepository(createJournal(db)).activeReflectionIds();

    expect([...active].sort()).toEqual(kept.map(({ id }) => id).sort());
    expect(reads).toEqual({ whole: 0, cursors: 0 });
  });
});
