import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildJsonExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type JournalExport } from '../../../../shared/data/exportFormat';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { fillClientWorkspace, planWorkspace } from '../../../../renderer/db/coach/fillClientWorkspace';
import { createJournalDataRepository } from '../../../../renderer/db/repositories/journalDataRepository';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import { SearchIndexCore } from '../../../../renderer/features/search/searchIndexCore';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { CLIENT_JOURNAL_ID, clientExport, openCoachKit, reflectionOn } from './coachTestKit';

const NOW = new Date('2026-12-06T09:00:00Z');
const now = () => NOW;

/** A generated client journal of `size` reflections (drafts, Trash and private ones included), as exported. */
function generatedExport(size: number, exportedAt: string): JournalExport {
  const { people, reflections } = generateJournal({
    seed: 15,
    reflections: size,
    startDate: '2025-01-01',
    endDate: '2026-10-31',
    timeZone: 'Europe/Berlin',
  });
  return buildJsonExport(
    { people, principleSettings: [], reflections, preparations: [], reminders: [] },
    {
      options: { ...defaultExportOptions, includePrivate: true },
      appVersion: '0.1.0',
      journalId: CLIENT_JOURNAL_ID,
      exportedAt,
    },
  );
}

/**
 * Everything the workspace's pages read: the list's indexes on the reflections (its order by
 * sortKey, each person's rows, the Trash), each entry, people and Progress facts.
 */
async function pagesData(db: JournalDatabase) {
  const journal = createJournal(db, now);
  const facts = await createProgressRepository(db).monthFactsBetween(null, '2100-01-01');
  return {
    sortKeys: await db.reflections.orderBy('sortKey').keys(),
    listOrder: await db.reflections.orderBy('sortKey').primaryKeys(),
    byPerson: await db.reflections.orderBy('personIds').primaryKeys(),
    trash: await journal.reflections.trash(),
    newestPage: await journal.reflections.newestRows(50),
    activeCount: await journal.reflections.countActive(),
    entries: await db.reflections.toArray(),
    people: await db.people.toArray(),
    facts: facts.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

async function searchResults(db: JournalDatabase, queries: readonly string[]) {
  const core = new SearchIndexCore(db);
  await core.start();
  const answers = [];
  for (const query of queries) {
    answers.push(await core.search({ query, filters: {}, limit: 1_000 }));
  }
  return answers.map(({ ids, total }) => ({ ids, total }));
}

let kit: ReturnType<typeof openCoachKit>;
beforeEach(() => {
  kit = openCoachKit(now);
});
afterEach(() => kit.dispose());

describe('filling a client workspace', () => {
  it('gives the same journal, entries, search and Progress as a normal import of the same file', async () => {
    const file = generatedExport(600, '2026-11-01T09:00:00.000Z');
    const reported: [number, number][] = [];
    const outcome = await kit.clients.openExport(file, 'Sam', undefined, (written, total) =>
      reported.push([written, total]),
    );
    const workspace = kit.workspaces.open(outcome.client.dbName);

    const imported = await openFreshJournal('coach-normal-import', now);
    await createJournalDataRepository(imported.journal, now).applyImport(planWorkspace(file));

    expect(outcome).toMatchObject({ kind: 'added', skipped: 0 });
    expect(outcome.client.reflectionCount).toBe(600);
    expect(reported.at(0)).toEqual([0, 600]);
    expect(reported.at(-1)).toEqual([600, 600]);
    const fast = await pagesData(workspace);
    expect(fast.entries).toHaveLength(600);
    expect(fast.newestPage.length).toBeGreaterThan(0);
    expect(fast).toEqual(await pagesData(imported.db));
    // No change queued per reflection: the search index is built once, on the first search.
    expect(await workspace.searchChanges.count()).toBe(0);
    const queries = ['budget', 'review', 'team', 'manager', 'asked'];
    const fastSearch = await searchResults(workspace, queries);
    expect(fastSearch.some(({ total }) => total > 0)).toBe(true);
    expect(fastSearch).toEqual(await searchResults(imported.db, queries));
    await deleteFreshJournal(imported.db);
  }, 120_000);

  it('leaves the previous workspace whole when the write fails in the middle', async () => {
    const first = reflectionOn('2026-03-02', 'Asked the platform team for review time');
    const { client } = await kit.clients.openExport(clientExport([first], '2026-04-01T10:00:00.000Z'), 'Sam');
    const db = kit.workspaces.open(client.dbName);
    const before = await pagesData(db);
    // The second step's reflections fail once the first step's records are written.
    const bulkAdd = db.reflections.bulkAdd.bind(db.reflections);
    let calls = 0;
    db.reflections.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('The disk is full.'));
      return bulkAdd(...args);
    }) as typeof db.reflections.bulkAdd;

    // Steps of 50 here, so three steps fail at the second as 2,600 reflections would at the default.
    const many = Array.from({ length: 120 }, (_, index) =>
      reflectionOn('2026-04-20', `Asked for help, time ${index}`),
    );
    const newer = clientExport(many, '2026-05-01T10:00:00.000Z');
    await expect(fillClientWorkspace(db, newer, now, undefined, 50)).rejects.toThrow('The disk is full.');

    expect(calls).toBe(2);
    expect(await pagesData(db)).toEqual(before);
    expect(await db.reflections.count()).toBe(1);
  }, 60_000);

  it('refuses a reflection the journal would refuse, naming it, and writes nothing', async () => {
    const good = reflectionOn('2026-03-02', 'Asked the platform team for review time');
    const broken = { ...reflectionOn('2026-03-03', 'Asked for more'), asked: '' };
    const file = clientExport([good, broken], '2026-04-01T10:00:00.000Z');

    await expect(kit.clients.openExport(file, 'Sam')).rejects.toThrow(`Reflection ${broken.id} (asked)`);
    expect(await kit.clients.list()).toEqual([]);
  });
});
