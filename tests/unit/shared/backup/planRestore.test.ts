import { describe, expect, it } from 'vitest';
import { planRestore } from '../../../../shared/backup/planRestore';
import type { ExistingJournal } from '../../../../shared/data/planImport';
import { reflection } from '../../shared/data/exportFixtures';
import { journalWithTrash } from './backupFixtures';

function indexOf(reflections: ReturnType<typeof reflection>[]): ExistingJournal {
  return {
    reflections: new Map(reflections.map(({ id, updatedAt, revision }) => [id, { updatedAt, revision }])),
    preparations: new Map(),
    people: new Map(),
  };
}

describe('planRestore', () => {
  it("puts the backup's copy back even over a newer edit, and sends reflections written since to the Trash", () => {
    const backup = journalWithTrash();
    const [first] = backup.reflections;
    if (first === undefined) throw new Error('the fixture has reflections');
    const edited = { ...first, context: 'Changed later', updatedAt: '2026-04-01T10:00:00.000Z', revision: 5 };
    const writtenSince = reflection(99, { context: 'Written after the backup' });
    const { plan, toTrash } = planRestore(
      backup,
      indexOf([edited, writtenSince]),
      new Set([edited.id, writtenSince.id]),
    );
    expect(plan.reflections.updated.map((r) => r.context)).toEqual(['Asked Tom for the budget']);
    expect(plan.reflections.new).toHaveLength(2);
    expect(plan.reflections.skipped).toEqual([]);
    expect(toTrash).toEqual([writtenSince.id]);
  });

  it('changes nothing when the journal is the backup', () => {
    const backup = journalWithTrash();
    const ids = new Set(backup.reflections.filter((r) => r.deletedAt === null).map((r) => r.id));
    const { plan, toTrash } = planRestore(backup, indexOf(backup.reflections), ids);
    expect(plan.reflections.new).toEqual([]);
    expect(plan.reflections.updated).toEqual([]);
    expect(plan.reflections.unchanged).toBe(3);
    expect(toTrash).toEqual([]);
  });
});
