import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summariseMonth, summariseMonthByRelationship } from '../../../../shared/progress/monthSummary';
import { buildProgressReportFromMonths } from '../../../../shared/progress/monthSummaryReport';
import { noFilters } from '../../../../shared/progress/progressRange';
import { buildProgressReport } from '../../../../shared/progress/progressReport';
import { decodeMonth, encodeMonth } from '../../../../shared/progress/progressMonth';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import {
  createProgressMemory,
  memoryHolds,
  MONTH_SLICE,
  type ProgressMemory,
} from '../../../../renderer/features/progress/progressMemory';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

const principles = [
  { id: 'empowered-adults', title: 'Empowered adults' },
  { id: 'build-partnerships', title: 'Build partnerships' },
];

let test: TestJournal;
let memory: ProgressMemory;

/** Waits until the memory holds exactly what the journal stores now (a patch lands after its commit). */
async function expectInStep(): Promise<void> {
  await vi.waitFor(async () => {
    const snapshot = memory.getSnapshot();
    const months = await test.db.progressMonths.toArray();
    expect([...(snapshot.months ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(
      months.map((month) => [month.month, month]),
    );
    // Each month's summary is the summary of the month as stored now, not of an older version.
    expect([...(snapshot.summaries ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(
      months.map((month) => [month.month, summariseMonth(month)]),
    );
    expect([...(snapshot.relationshipSummaries ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(
      months.map((month) => [month.month, summariseMonthByRelationship(month)]),
    );
    expect(snapshot.heldFrom).toBe('');
  });
}

const factsOf = (memory: ProgressMemory) =>
  new Map(
    [...(memory.getSnapshot().months?.values() ?? [])].flatMap(decodeMonth).map((fact) => [fact.id, fact]),
  );

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
  it('reads nothing until asked, then every month of facts', async () => {
    expect(memory.getSnapshot()).toEqual({
      months: null,
      summaries: null,
      relationshipSummaries: null,
      heldFrom: null,
      state: 'idle',
    });
    memory.load();
    await memory.settled();
    expect([...(memory.getSnapshot().months?.keys() ?? [])].sort()).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(factsOf(memory).size).toBe(4);
    await expectInStep();
  });

  it('reads a journal longer than one slice whole', async () => {
    const many = Array.from({ length: MONTH_SLICE + 5 }, (_, index) =>
      reflectionAt(new Date(Date.UTC(2020, index, 1, 12)).toISOString()),
    );
    await test.journal.reflections.bulkImport(many);
    memory.load();
    await memory.settled();
    expect(memory.getSnapshot().months?.size).toBe(MONTH_SLICE + 5 + 3);
    await expectInStep();
  });

  it('makes the summaries a relationship filter uses without waiting for an idle moment', async () => {
    // A page kept busy (figures drawing, a second choice made at once) has no idle moment for a
    // while: the filter must still find its summaries made, not sum every month under it.
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      memory.load();
      await vi.waitFor(() =>
        expect(memory.getSnapshot().relationshipSummaries?.get('2026-02')?.size).toBe(1),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('has the newest months first, so a recent range can draw before the rest are read', async () => {
    const many = Array.from({ length: MONTH_SLICE + 5 }, (_, index) =>
      reflectionAt(new Date(Date.UTC(2020, index, 1, 12)).toISOString()),
    );
    await test.journal.reflections.bulkImport(many);
    const published: ReturnType<ProgressMemory['getSnapshot']>[] = [];
    memory.subscribe(() => published.push(memory.getSnapshot()));
    memory.load();
    await memory.settled();
    const first = published.find((snapshot) => snapshot.months !== null);
    if (first === undefined) throw new Error('the memory published no months');
    // The 12 newest of 2020-01..2021-05 and 2026-01..03.
    expect(MONTH_SLICE).toBe(12);
    expect([...(first.months?.keys() ?? [])].sort()).toEqual([
      ...['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04'],
      ...['2021-05', '2026-01', '2026-02', '2026-03'],
    ]);
    expect(first.heldFrom).toBe('2020-09');
    expect(first.state).toBe('loading');
    expect(memoryHolds(first, '2020-09-30')).toBe(true);
    expect(memoryHolds(first, '2020-08-31')).toBe(false);
    expect(memoryHolds(first, null)).toBe(false);
    expect(memoryHolds(memory.getSnapshot(), null)).toBe(true);
    expect(memoryHolds(memory.getSnapshot(), '2019-01-01')).toBe(true);
    await expectInStep();
  });

  it("draws a range from memory with the numbers the journal's facts give", async () => {
    memory.load();
    await memory.settled();
    const progress = createProgressRepository(test.db);
    const { months, summaries, relationshipSummaries } = memory.getSnapshot();
    if (months === null || summaries === null || relationshipSummaries === null)
      throw new Error('the memory was not read');
    for (const range of [
      { from: '2026-02-01', to: '2026-03-01' },
      { from: '2026-02-11', to: '2026-03-01' },
      { from: null, to: '2026-02-28' },
      { from: null, to: '2026-03-01' },
    ]) {
      const common = { range, today: '2026-03-01', weekStartsOn: 1 as const, principles, nowMs: 0 };
      for (const filters of [
        noFilters,
        { ...noFilters, tag: 'budget' },
        { ...noFilters, relationship: 'peer' as const },
        { ...noFilters, relationship: 'manager' as const },
      ]) {
        const facts = await progress.monthFactsBetween(range.from, range.to);
        expect(
          buildProgressReportFromMonths({
            ...common,
            filters,
            months,
            summaries,
            relationshipSummaries: relationshipSummaries ?? undefined,
          }),
          JSON.stringify({ range, filters }),
        ).toEqual(buildProgressReport({ ...common, filters, facts }));
      }
    }
  });

  it('follows a reflection saved, edited, trashed, restored and deleted in this tab', async () => {
    memory.load();
    await memory.settled();
    const saved = await test.journal.reflections.complete(
      reflectionAt('2026-03-02T10:00:00Z', { outcome: 'achieved' }),
    );
    await expectInStep();
    expect(factsOf(memory).has(saved.id)).toBe(true);

    await test.journal.reflections.complete({ ...saved, outcome: 'made-it-worse', tags: ['rota'] });
    await expectInStep();
    expect(factsOf(memory).get(saved.id)?.outcome).toBe('made-it-worse');

    await test.journal.reflections.moveToTrash(saved.id);
    await expectInStep();
    expect(factsOf(memory).has(saved.id)).toBe(false);

    await test.journal.reflections.restore(saved.id);
    await expectInStep();
    expect(factsOf(memory).has(saved.id)).toBe(true);

    await test.journal.reflections.moveToTrash(saved.id);
    await test.journal.reflections.deleteForever(saved.id);
    await expectInStep();
    expect(factsOf(memory).has(saved.id)).toBe(false);
  });

  it('patches a write naming more months than a slice, a slice per task, to the same memory', async () => {
    memory.load();
    await memory.settled();
    const published: number[] = [];
    memory.subscribe(() => published.push(memory.getSnapshot().months?.size ?? 0));
    await test.journal.reflections.bulkImport(
      Array.from({ length: MONTH_SLICE + 5 }, (_, index) =>
        reflectionAt(new Date(Date.UTC(2020, index, 1, 12)).toISOString()),
      ),
    );
    await expectInStep();
    // One publication with every written month, never a half-patched memory.
    expect(published).toEqual([MONTH_SLICE + 5 + 3]);
  });

  it('drops a month once its last reflection leaves it', async () => {
    memory.load();
    await memory.settled();
    const [january] = [...factsOf(memory).values()].filter((fact) => fact.day === '2026-01-05');
    if (january === undefined) throw new Error('the seeded fact is missing');
    await test.journal.reflections.moveToTrash(january.id);
    await expectInStep();
    expect(memory.getSnapshot().months?.has('2026-01')).toBe(false);
  });

  it('follows a write made in another tab, told by the signal Dexie relays between tabs', async () => {
    memory.load();
    await memory.settled();
    const [fact] = [...factsOf(memory).values()].filter((fact) => fact.day === '2026-02-10');
    if (fact === undefined) throw new Error('the seeded day is missing');
    const changed = { ...fact, tags: ['from-the-other-tab'] };
    // Written beside Dexie, as another tab's write lands in the shared database, so this tab's
    // Dexie sees nothing but the message the other tab's Dexie posts.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(test.db.name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['progressMonths'], 'readwrite');
        tx.objectStore('progressMonths').put(encodeMonth('2026-02', [changed]));
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const otherTab = new BroadcastChannel('x-storagemutated-1');
    otherTab.postMessage({
      [`idb://${test.db.name}/progressMonths/`]: new RangeSet().addKey('2026-02'),
    });
    otherTab.close();
    await expectInStep();
    expect(factsOf(memory).get(fact.id)?.tags).toEqual(['from-the-other-tab']);
  });

  it('reads everything again when a write names a range rather than keys', async () => {
    memory.load();
    await memory.settled();
    await test.db.progressMonths.clear();
    await expectInStep();
    expect(memory.getSnapshot().months?.size).toBe(0);
  });
});
