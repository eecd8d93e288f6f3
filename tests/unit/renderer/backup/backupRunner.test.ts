import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyBackup } from '../../../../shared/backup/verifyBackup';
import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import { createBackupRunner, isDailyBackupDue } from '../../../../renderer/features/backup/backupRunner';
import { noBackupYet, readBackupStatus } from '../../../../renderer/features/backup/backupStatus';
import { applyRestore, prepareRestore } from '../../../../renderer/features/backup/restoreFlow';
import type { BackupsPlatform, BackupToSave } from '../../../../renderer/platform/backupsPlatform';
import { uniqueDatabaseName } from '../db/migrationHarness';

const clock = () => new Date('2026-12-06T09:00:00Z');
let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  db = new JournalDatabase(uniqueDatabaseName('backup'));
  await db.open();
  journal = createJournal(db, clock);
  localStorage.clear();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });

function reflection(asked: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-02-01T10:00:00Z'), timeZone: 'Europe/London' }),
    status: 'complete',
    personIds: [dana.id],
    asked,
    ...overrides,
  };
}

/** A platform that keeps what it is given, or fails with `failWith`. */
function keepingPlatform(failWith?: string) {
  const saved: BackupToSave[] = [];
  const reportFailure = vi.fn(async () => undefined);
  const platform: BackupsPlatform = {
    kind: 'folder',
    async save(backup) {
      if (failWith !== undefined) throw new Error(failWith);
      saved.push(backup);
      return { name: backup.fileName, createdAt: backup.header.createdAt, counts: backup.header.counts };
    },
    list: async () => ({ folder: '/backups', backups: [] }),
    read: async () => new Uint8Array(),
    reportFailure,
  };
  return { platform, saved, reportFailure };
}

function runnerWith(platform: BackupsPlatform) {
  return createBackupRunner({
    repository: createBackupSnapshotRepository(journal),
    backups: platform,
    reminders: { list: async () => [] },
    appVersion: '1.0.0',
    schemaVersion: 3,
    storage: localStorage,
    now: clock,
  });
}

describe('the backup runner', () => {
  it('backs up the whole journal, the Trash included, and remembers it', async () => {
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport([
      reflection('Kept'),
      reflection('In the Trash', { deletedAt: '2026-03-01T10:00:00.000Z' }),
    ]);
    const { platform, saved } = keepingPlatform();
    await runnerWith(platform).backUp('manual');
    const [backup] = saved;
    if (backup === undefined) throw new Error('nothing was saved');
    const verified = await verifyBackup(backup.bytes);
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.journal.reflections.map((r) => r.asked).sort()).toEqual(['In the Trash', 'Kept']);
    expect(readBackupStatus(localStorage).lastSuccess?.counts).toMatchObject({ reflections: 2, inTrash: 1 });
  });

  it('records and reports a failure, and throws, so the next check tries again', async () => {
    const { platform, reportFailure } = keepingPlatform('the disk is full');
    await expect(runnerWith(platform).backUp('daily')).rejects.toThrow('the disk is full');
    expect(readBackupStatus(localStorage).lastFailure).toEqual({
      at: clock().toISOString(),
      reason: 'the disk is full',
    });
    expect(reportFailure).toHaveBeenCalledWith('the disk is full');
  });

  it('is due daily only when a reflection was written since the last backup', () => {
    const now = new Date('2026-12-06T09:00:00Z');
    const last = {
      name: 'b',
      createdAt: '2026-12-05T08:00:00.000Z',
      counts: { reflections: 1, inTrash: 0, people: 0, principleSettings: 0, reminders: 0 },
    };
    expect(isDailyBackupDue(noBackupYet, null, now)).toBe(false);
    expect(isDailyBackupDue(noBackupYet, '2026-12-01T10:00:00.000Z', now)).toBe(true);
    const after = { lastSuccess: last, lastFailure: null };
    expect(isDailyBackupDue(after, '2026-12-05T07:00:00.000Z', now)).toBe(false);
    expect(isDailyBackupDue(after, '2026-12-05T10:00:00.000Z', now)).toBe(true);
    expect(isDailyBackupDue(after, '2026-12-06T08:59:00.000Z', new Date('2026-12-05T20:00:00Z'))).toBe(false);
  });
});

describe('restoring a backup', () => {
  it("puts the backup's copies back and moves what was written since to the Trash, in one go", async () => {
    const kept = reflection('As it was');
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport([kept]);
    const { platform, saved } = keepingPlatform();
    await runnerWith(platform).backUp('manual');
    const bytes = saved[0]?.bytes ?? new Uint8Array();

    const stored = await journal.reflections.get(kept.id);
    if (stored === undefined) throw new Error('the reflection was not stored');
    await journal.reflections.bulkImport([
      { ...stored, asked: 'Edited later', updatedAt: '2026-12-01T10:00:00.000Z' },
      reflection('Written since'),
    ]);
    const repository = createBackupSnapshotRepository(journal);
    const prepared = await prepareRestore(bytes, 'backup', repository, { list: async () => [] });
    expect(prepared.toTrash).toHaveLength(1);
    await applyRestore(prepared, repository, { upsert: async (reminder) => reminder });

    const after = await repository.readWholeJournal();
    const byAsked = new Map(after.reflections.map((r) => [r.asked, r]));
    expect([...byAsked.keys()].sort()).toEqual(['As it was', 'Written since']);
    expect(byAsked.get('As it was')?.deletedAt).toBeNull();
    expect(byAsked.get('Written since')?.deletedAt).toBe(clock().toISOString());
  });

  it('refuses a damaged backup and writes nothing', async () => {
    await journal.reflections.bulkImport([reflection('As it was')]);
    const { platform, saved } = keepingPlatform();
    await runnerWith(platform).backUp('manual');
    const bytes = (saved[0]?.bytes ?? new Uint8Array()).slice();
    bytes[bytes.byteLength - 30] = (bytes[bytes.byteLength - 30] ?? 0) ^ 1;
    const repository = createBackupSnapshotRepository(journal);
    await expect(prepareRestore(bytes, 'backup', repository, { list: async () => [] })).rejects.toThrow(
      'This backup cannot be restored: its checksum does not match',
    );
  });
});
