import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../shared/backup/backupFile';
import { planRestore } from '../../../../shared/backup/planRestore';
import { verifyBackup } from '../../../../shared/backup/verifyBackup';
import { preparation, personIds } from '../data/exportFixtures';
import { backupContext, journalWithTrash } from './backupFixtures';

const plan = preparation(1, { status: 'ready', personIds: [personIds.tom], goal: 'Ask Tom for the budget' });
const trashedPlan = preparation(2, { goal: 'Dropped', deletedAt: backupContext.createdAt });

describe('backups and preparations', () => {
  it('holds every plan, the Trash included, readable back as it was', async () => {
    const snapshot = { ...journalWithTrash(), preparations: [plan, trashedPlan] };
    const verified = await verifyBackup((await buildBackup(snapshot, backupContext)).bytes);
    if (!verified.ok) throw new Error(`The backup was refused: ${verified.reason}`);
    expect(verified.journal.preparations).toEqual([plan, trashedPlan]);
  });

  it('puts the backup’s copy of a plan back even over a newer edit', () => {
    const backup = { ...journalWithTrash(), preparations: [plan] };
    const existing = {
      reflections: new Map(),
      preparations: new Map([[plan.id, { updatedAt: '2026-04-01T10:00:00.000Z', revision: 7 }]]),
      people: new Map(),
    };
    const { plan: restore } = planRestore(backup, existing, new Set());
    expect(restore.preparations.updated).toEqual([plan]);
    expect(restore.preparations.skipped).toEqual([]);
  });
});
