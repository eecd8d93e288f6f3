import { describe, expect, it } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { encryptText } from '../../../../shared/data/passphraseEnvelope';
import {
  isEmptyImportPlan,
  personNameKey,
  planImport,
  type ImportPlan,
} from '../../../../shared/data/planImport';
import { readImportFile } from '../../../../shared/data/readImportFile';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import type { Person } from '../../../../shared/domain/personSchema';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { strToU8 } from 'fflate';
import { JOURNAL_ID } from './importFixtures';

const everything = { ...defaultExportOptions, includePrivate: true };
const context = {
  options: everything,
  appVersion: '0.1.0',
  journalId: JOURNAL_ID,
  exportedAt: '2026-06-01T00:00:00.000Z',
};

function journal(): JournalSnapshot {
  const generated = generateJournal({
    seed: 12,
    reflections: 300,
    startDate: '2025-01-01',
    endDate: '2026-05-31',
    timeZone: 'Europe/Paris',
  });
  return {
    people: generated.people,
    principleSettings: [],
    reflections: generated.reflections,
    reminders: [],
  };
}

function emptyIndex(reflections: Map<string, Reflection>, people: Map<string, Person>) {
  return {
    reflections,
    people,
    peopleByNameKey: new Map([...people.values()].map((person) => [personNameKey(person.name), person])),
  };
}

function apply(plan: ImportPlan, reflections: Map<string, Reflection>, people: Map<string, Person>): void {
  for (const item of [...plan.reflections.new, ...plan.reflections.updated]) reflections.set(item.id, item);
  for (const item of [...plan.people.new, ...plan.people.updated]) people.set(item.id, item);
}

describe('export, then import into an empty journal', () => {
  it('gives back equal data, and a second import changes nothing', async () => {
    const original = journal();
    const text = serializeJournalExport(buildJsonExport(original, context));
    const reading = await readImportFile(strToU8(text), 'journal.json');
    if (reading.kind !== 'journal') throw new Error(`expected a journal export, got ${reading.kind}`);
    const reflections = new Map<string, Reflection>();
    const people = new Map<string, Person>();
    const plan = planImport(reading.export, emptyIndex(reflections, people));
    expect(plan.reflections.new).toHaveLength(300);
    apply(plan, reflections, people);
    expect([...reflections.values()]).toEqual(original.reflections);
    expect([...people.values()]).toEqual(original.people);
    expect(isEmptyImportPlan(planImport(reading.export, emptyIndex(reflections, people)))).toBe(true);
  }, 30_000);

  it('gives back equal data through an encrypted file', async () => {
    const original = journal();
    const text = serializeJournalExport(buildJsonExport(original, context));
    const envelope = await encryptText(text, 'long walk home', { iterations: 100_000 });
    const reading = await readImportFile(strToU8(JSON.stringify(envelope)), 'journal.json', {
      passphrase: 'long walk home',
    });
    if (reading.kind !== 'journal') throw new Error(`expected a journal export, got ${reading.kind}`);
    expect(reading.export.reflections).toEqual(original.reflections);
  }, 30_000);
});
