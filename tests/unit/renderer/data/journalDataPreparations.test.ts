import Dexie from 'dexie';
import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import { planImport } from '../../../../shared/data/planImport';
import { readImportFile } from '../../../../shared/data/readImportFile';
import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createJournalDataRepository,
  PreparationImportError,
} from '../../../../renderer/db/repositories/journalDataRepository';
import { uniqueDatabaseName } from '../db/migrationHarness';

const databases: JournalDatabase[] = [];
const clock = () => new Date('2026-12-06T09:00:00Z');

async function openJournal(): Promise<Journal> {
  const db = new JournalDatabase(uniqueDatabaseName('data-plans'));
  databases.push(db);
  await db.open();
  return createJournal(db, clock);
}

let journal: Journal;
beforeEach(async () => {
  journal = await openJournal();
});

afterEach(async () => {
  const names = new Set(databases.map((db) => db.name));
  for (const db of databases.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });

function planned(overrides: Partial<Preparation> = {}): Preparation {
  return {
    ...createDraftPreparation({ now: new Date('2026-03-01T08:00:00Z'), timeZone: 'Europe/London' }),
    status: 'ready',
    personIds: [dana.id],
    plannedAt: '2026-03-01T10:00',
    goal: 'Agree the launch date with Dana',
    principles: { 'build-partnerships': { notes: 'Ask what she needs from us' } },
    ...overrides,
  };
}

/** A plan and the reflection that looked back on it, each pointing at the other. */
function linkedPair(): { plan: Preparation; reflection: Reflection } {
  const draft = createDraftReflection({ now: new Date('2026-03-01T11:00:00Z'), timeZone: 'Europe/London' });
  const plan = planned({ reflectionId: draft.id });
  const reflection: Reflection = {
    ...draft,
    status: 'complete',
    occurredAt: '2026-03-01T10:00',
    personIds: [dana.id],
    asked: 'The launch date',
    outcome: 'achieved',
    preparationId: plan.id,
  };
  return { plan, reflection };
}

const writes = (reflections: Reflection[], preparations: Preparation[]) => ({
  reflections: { new: reflections, updated: [] },
  preparations: { new: preparations, updated: [] },
  people: { new: [dana], updated: [] },
});

describe('journal data repository: preparations', () => {
  it('writes imported plans beside their reflections, and reads them back outside the Trash', async () => {
    const { plan, reflection } = linkedPair();
    const trashed = planned({ deletedAt: '2026-03-02T09:00:00.000Z' });
    const data = createJournalDataRepository(journal, clock);
    expect(await data.applyImport(writes([reflection], [plan, trashed]))).toEqual({
      reflections: 1,
      people: 1,
      preparations: 2,
    });
    const snapshot = await data.readSnapshot();
    expect(snapshot.preparations).toEqual([plan]);
    expect(snapshot.reflections[0]?.preparationId).toBe(plan.id);
    // The Trash counts when an import is compared with the journal, so a deleted plan is not new again.
    const existing = await data.existingIndex();
    expect([...existing.preparations.keys()].sort()).toEqual([plan.id, trashed.id].sort());
  });

  it('writes nothing when a plan would be refused by a save, and names that plan and field', async () => {
    const { plan, reflection } = linkedPair();
    const unready = planned({ goal: ' ' });
    const data = createJournalDataRepository(journal, clock);
    const failure = data.applyImport(writes([reflection], [plan, unready]));
    await expect(failure).rejects.toBeInstanceOf(PreparationImportError);
    await expect(failure).rejects.toThrow(
      `Preparation ${unready.id} (goal): “What do you want from it?” is required`,
    );
    expect(await journal.db.preparations.count()).toBe(0);
    expect(await journal.db.reflections.count()).toBe(0);
    expect(await journal.db.people.count()).toBe(0);
  });

  it('moves the revision past the stored one, so an editor holding the old plan is told', async () => {
    const data = createJournalDataRepository(journal, clock);
    const plan = planned();
    await data.applyImport(writes([], [{ ...plan, revision: 4 }]));
    await data.applyImport({
      ...writes([], []),
      preparations: { new: [], updated: [{ ...plan, goal: 'Newer' }] },
    });
    expect(await journal.db.preparations.get(plan.id)).toMatchObject({ goal: 'Newer', revision: 5 });
  });

  it('export, then import into an empty journal, gives back the plans with the link intact', async () => {
    const { plan, reflection } = linkedPair();
    const waiting = planned({ plannedAt: '2026-03-09T15:00', goal: 'Follow up with Dana' });
    const source = createJournalDataRepository(journal, clock);
    await source.applyImport(writes([reflection], [plan, waiting]));
    const snapshot = { ...(await source.readSnapshot()), reminders: [] };
    const text = serializeJournalExport(
      buildJsonExport(snapshot, {
        options: { ...defaultExportOptions, includePrivate: true },
        appVersion: '0.1.0',
        journalId: await source.journalId(),
        exportedAt: '2026-12-06T09:00:00.000Z',
      }),
    );
    const reading = await readImportFile(strToU8(text), 'journal.json');
    if (reading.kind !== 'journal') throw new Error(`expected a journal export, got ${reading.kind}`);

    const fresh = createJournalDataRepository(await openJournal(), clock);
    await fresh.applyImport(planImport(reading.export, await fresh.existingIndex()));
    const back = await fresh.readSnapshot();
    const byId = <T extends { id: string }>(records: T[]) =>
      [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.preparations)).toEqual(byId(snapshot.preparations));
    expect(back.reflections).toEqual(snapshot.reflections);
    expect(back.reflections[0]?.preparationId).toBe(plan.id);
    expect(back.preparations.find(({ id }) => id === plan.id)?.reflectionId).toBe(reflection.id);
  });
});
