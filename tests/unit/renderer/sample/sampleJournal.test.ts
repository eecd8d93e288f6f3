import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GeneratedJournal } from '../../../../shared/domain/generateJournal';
import { toProgressFact } from '../../../../shared/progress/progressFact';
import { JOURNAL_DATABASE_NAME } from '../../../../renderer/db/JournalDatabase';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import { createJournalDataRepository } from '../../../../renderer/db/repositories/journalDataRepository';
import { deleteSampleJournal, SAMPLE_DATABASE_NAME } from '../../../../renderer/db/sample/sampleJournal';
import {
  SAMPLE_DAYS,
  SAMPLE_PEOPLE,
  SAMPLE_REFLECTIONS,
  sampleJournalContents,
} from '../../../../renderer/features/sample/sampleContents';
import { createSampleServices } from '../../../../renderer/features/sample/sampleServices';
import type { SearchClient } from '../../../../renderer/features/search/searchClient';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { uniqueDatabaseName } from '../db/migrationHarness';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const ZONE = 'Europe/London';
const contents = () => sampleJournalContents(NOW, ZONE);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function sampleKit(generate: () => GeneratedJournal = contents) {
  const name = uniqueDatabaseName('sample');
  const releaseSearch = vi.fn();
  const generateSpy = vi.fn(generate);
  const services = createSampleServices({
    name,
    contents: generateSpy,
    searchFor: () => ({}) as SearchClient,
    releaseSearch,
  });
  cleanups.push(async () => {
    services.journal().db.close();
    await Dexie.delete(name);
  });
  return { name, services, releaseSearch, generateSpy };
}

describe('the sample journal contents', () => {
  it('spans about four months ending yesterday, with several people, the same every time', () => {
    const sample = contents();
    expect(sample.reflections).toHaveLength(SAMPLE_REFLECTIONS);
    expect(sample.people).toHaveLength(SAMPLE_PEOPLE);
    const days = sample.reflections.map(({ occurredAt }) => (occurredAt ?? '').slice(0, 10)).sort();
    const first = days[0] ?? '';
    const last = days.at(-1) ?? '';
    expect(first >= '2026-08-08').toBe(true);
    expect(last <= '2026-12-05').toBe(true);
    expect(last >= '2026-11-20').toBe(true);
    expect(SAMPLE_DAYS).toBe(120);
    expect(sampleJournalContents(NOW, ZONE)).toEqual(sample);
  });

  it('gives Progress facts to chart in its last three months', () => {
    const facts = contents()
      .reflections.map(toProgressFact)
      .filter((fact) => fact !== null && fact.day >= '2026-09-06');
    expect(facts.length).toBeGreaterThan(40);
  });
});

describe('opening and removing the sample', () => {
  it('fills an empty sample once, then finds it there', async () => {
    const { services, generateSpy } = sampleKit();
    expect(await services.prepare()).toBe('filled');
    const { reflections, people } = await createBackupSnapshotRepository(
      services.journal(),
    ).readWholeJournal();
    expect(reflections).toHaveLength(SAMPLE_REFLECTIONS);
    expect(people).toHaveLength(SAMPLE_PEOPLE);
    expect(await services.prepare()).toBe('already-there');
    expect(generateSpy).toHaveBeenCalledTimes(1);
  });

  it('removes the database after closing its connections, and opening again writes the same sample', async () => {
    const { name, services, releaseSearch } = sampleKit();
    await services.prepare();
    const before = await createBackupSnapshotRepository(services.journal()).readWholeJournal();
    await services.remove();
    expect(releaseSearch).toHaveBeenCalledWith(name);
    expect(await Dexie.exists(name)).toBe(false);
    expect(await services.prepare()).toBe('filled');
    const after = await createBackupSnapshotRepository(services.journal()).readWholeJournal();
    expect(after.reflections.map(({ id }) => id)).toEqual(before.reflections.map(({ id }) => id));
    expect(after.people).toEqual(before.people);
  });

  it('writes nothing when one record is bad: people and reflections go in together or not at all', async () => {
    const broken = (): GeneratedJournal => {
      const sample = contents();
      const [firstReflection] = sample.reflections;
      if (firstReflection === undefined) throw new Error('The sample has no reflection to break.');
      return {
        ...sample,
        reflections: [...sample.reflections, { ...firstReflection, id: 'not-an-id' }],
      };
    };
    const { services } = sampleKit(broken);
    await expect(services.prepare()).rejects.toThrow();
    expect(await createBackupSnapshotRepository(services.journal()).isEmpty()).toBe(true);
  });

  it('refuses to delete the journal itself, and never shares its name', async () => {
    expect(SAMPLE_DATABASE_NAME).not.toBe(JOURNAL_DATABASE_NAME);
    await expect(deleteSampleJournal(JOURNAL_DATABASE_NAME)).rejects.toThrow(/journal itself/);
  });
});

describe('the real journal beside the sample', () => {
  it('never sees the sample: its snapshot, backup contents and emptiness are unchanged', async () => {
    const real = await openFreshJournal('real');
    cleanups.push(() => deleteFreshJournal(real.db));
    const ada = await real.journal.people.add('Ada Real');
    const data = createJournalDataRepository(real.journal);
    const backup = createBackupSnapshotRepository(real.journal);
    const snapshotBefore = await data.readSnapshot();
    const wholeBefore = await backup.readWholeJournal();

    const { services } = sampleKit();
    await services.prepare();

    expect(await data.readSnapshot()).toEqual(snapshotBefore);
    expect(await backup.readWholeJournal()).toEqual(wholeBefore);
    expect(await real.journal.people.all()).toEqual([ada]);
    expect(await real.journal.reflections.countActive()).toBe(0);
    await services.remove();
    expect(await backup.readWholeJournal()).toEqual(wholeBefore);
  });
});
