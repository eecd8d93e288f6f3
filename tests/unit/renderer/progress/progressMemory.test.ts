import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import type { ProgressDayRecord, ProgressFactRecord } from '../../../../renderer/db/records';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import {
  createProgressMemory,
  DAY_SLICE,
  type ProgressMemory,
} from '../../../../renderer/features/progress/progressMemory';
import { fromMemory } from '../../../../renderer/features/progress/progressSource';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;
let memory: ProgressMemory;

const byKey = <T>(records: Iterable<T>, key: (record: T) => string) =>
  [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Waits until the memory holds exactly what the journal stores now (a patch lands after its commit). */
async function expectInStep(): Promise<void> {
  await vi.waitFor(async () => {
    const snapshot = memory.getSnapshot();
    const [days, facts] = await Promise.all([
      test.db.progressDays.toArray(),
      test.db.progressFacts.toArray(),
    ]);
    expect(byKey(snapshot.days?.values() ?? [], (day: ProgressDayRecord) => day.day)).toEqual(
      byKey(days, (day) => day.day),
    );
    expect(byKey(snapshot.facts?.values() ?? [], (fact: ProgressFactRecord) => fact.id)).toEqual(
      byKey(facts, (fact) => fact.id),
    );
    expect(
      byKey(snapshot.plannedFacts ?? [], (fact: ProgressFactRecord) => fact.id).map((fact) => fact.id),
    ).toEqual((await createProgressRepository(test.db).plannedFacts()).map((fact) => fact.id).sort());
  });
}

beforeEach(async () => {
  test = await openTestJournal();
  await test.journal.reflections.bulkImport([
    reflectionAt('2026-01-05T12:00:00Z', { outcome: 'achieved', tags: ['budget'] }),
    reflectionAt('2026-02-10T12:00:00Z', { relationship: 'peer' }),
    reflectionAt('2026-03-01T12:00:00Z'),
    reflectionAt('2026-03-01T15:00:00Z', { outcome: 'not-yet' }),
  ]);
  memory = createProgressMemory(createProgressRepository(test.db));
});

afterEach(async () => {
  memory.close();
  await test.close();
});

describe('the Progress memory', () => {
  it('reads nothing until asked, then every day and fact', async () => {
    expect(memory.getSnapshot()).toEqual({ days: null, facts: null, plannedFacts: null, state: 'idle' });
    memory.load();
    await memory.settled();
    expect(memory.getSnapshot().days?.size).toBe(3);
    expect(memory.getSnapshot().facts?.size).toBe(4);
    await expectInStep();
  });

  it('reads a journal longer than one slice whole', async () => {
    const many = Array.from({ length: DAY_SLICE + 5 }, (_, index) =>
      reflectionAt(new Date(Date.UTC(2024, 0, 1 + index, 12)).toISOString()),
    );
    await test.journal.reflections.bulkImport(many);
    memory.load();
    await memory.settled();
    expect(memory.getSnapshot().days?.size).toBe(DAY_SLICE + 5 + 3);
    await expectInStep();
  });

  it('answers a range exactly as the journal does', async () => {
    memory.load();
    await memory.settled();
    const progress = createProgressRepository(test.db);
    const request = { from: '2026-02-01', to: '2026-03-01', filtered: false };
    const remembered = fromMemory(memory.getSnapshot(), request);
    const read = await progress.daysBetween(request.from, request.to);
    expect(remembered?.kind === 'days' && byKey(remembered.days, (day) => day.day)).toEqual(
      byKey(read.days, (day) => day.day),
    );
    const filtered = fromMemory(memory.getSnapshot(), { ...request, from: null, filtered: true });
    expect(filtered?.kind === 'facts' && byKey(filtered.facts, (fact) => fact.id)).toEqual(
      byKey(await progress.factsBetween(null, '2026-03-01'), (fact) => fact.id),
    );
  });

  it('follows a reflection saved, edited, trashed, restored and deleted in this tab', async () => {
    memory.load();
    await memory.settled();
    const saved = await test.journal.reflections.complete(
      reflectionAt('2026-03-02T10:00:00Z', { outcome: 'achieved' }),
    );
    await expectInStep();
    expect(memory.getSnapshot().facts?.has(saved.id)).toBe(true);

    await test.journal.reflections.complete({ ...saved, outcome: 'made-it-worse', tags: ['rota'] });
    await expectInStep();
    expect(memory.getSnapshot().days?.get('2026-03-02')?.outcomes['made-it-worse']).toBe(1);

    await test.journal.reflections.moveToTrash(saved.id);
    await expectInStep();
    expect(memory.getSnapshot().days?.has('2026-03-02')).toBe(false);

    await test.journal.reflections.restore(saved.id);
    await expectInStep();
    expect(memory.getSnapshot().days?.has('2026-03-02')).toBe(true);

    await test.journal.reflections.moveToTrash(saved.id);
    await test.journal.reflections.deleteForever(saved.id);
    await expectInStep();
    expect(memory.getSnapshot().facts?.has(saved.id)).toBe(false);
  });

  it('follows a plan that looks back on a reflection', async () => {
    memory.load();
    await memory.settled();
    const [first] = await test.db.progressFacts.orderBy('day').limit(1).toArray();
    if (first === undefined) throw new Error('the seeded fact is missing');
    await test.journal.preparations.saveDraft({
      ...createDraftPreparation({ now: new Date('2026-01-04T10:00:00Z'), timeZone: 'UTC' }),
      reflectionId: first.id,
    });
    await expectInStep();
    expect(memory.getSnapshot().plannedFacts?.map((fact) => fact.id)).toEqual([first.id]);
  });

  it('follows a write made in another tab, told by the signal Dexie relays between tabs', async () => {
    memory.load();
    await memory.settled();
    const [fact] = await test.db.progressFacts.where('day').equals('2026-02-10').toArray();
    const day = await test.db.progressDays.get('2026-02-10');
    if (fact === undefined || day === undefined) throw new Error('the seeded day is missing');
    // Written beside Dexie, as another tab's write lands in the shared database, so this tab's
    // Dexie sees nothing but the message the other tab's Dexie posts.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(test.db.name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['progressFacts', 'progressDays'], 'readwrite');
        tx.objectStore('progressFacts').put({ ...fact, tags: ['from-the-other-tab'] });
        tx.objectStore('progressDays').put({ ...day, tags: { 'from-the-other-tab': 1 } });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const otherTab = new BroadcastChannel('x-storagemutated-1');
    otherTab.postMessage({
      [`idb://${test.db.name}/progressFacts/`]: new RangeSet().addKey(fact.id),
      [`idb://${test.db.name}/progressDays/`]: new RangeSet().addKey('2026-02-10'),
    });
    otherTab.close();
    await expectInStep();
    expect(memory.getSnapshot().facts?.get(fact.id)?.tags).toEqual(['from-the-other-tab']);
  });

  it('reads everything again when a write names a range rather than keys', async () => {
    memory.load();
    await memory.settled();
    await test.db.transaction('rw', [test.db.progressFacts, test.db.progressDays], async () => {
      await test.db.progressFacts.clear();
      await test.db.progressDays.clear();
    });
    await expectInStep();
    expect(memory.getSnapshot().days?.size).toBe(0);
  });
});
