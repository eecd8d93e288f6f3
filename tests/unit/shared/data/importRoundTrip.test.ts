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
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
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
  // Every tenth complete reflection looks back on a plan; a few plans are not reflected on yet.
  const preparations: Preparation[] = [];
  const reflections = generated.reflections.map((reflection, index) => {
    if (index % 10 !== 0 || reflection.status !== 'complete' || reflection.personIds.length === 0) {
      return reflection;
    }
    const plan = planFor(reflection, index, reflection.id);
    preparations.push(plan);
    return { ...reflection, preparationId: plan.id };
  });
  for (let extra = 0; extra < 5; extra += 1) {
    const reflection = generated.reflections[extra];
    if (reflection !== undefined) preparations.push(planFor(reflection, 10_000 + extra, null));
  }
  return {
    people: generated.people,
    principleSettings: [],
    reflections,
    preparations,
    reminders: [],
  };
}

function planFor(reflection: Reflection, serial: number, reflectionId: string | null): Preparation {
  const id = `019ce0a2-5d40-7000-9000-${String(serial).padStart(12, '0')}`;
  return {
    ...createDraftPreparation({ now: new Date('2026-05-01T08:00:00.000Z'), timeZone: 'Europe/Paris', id }),
    status: 'ready',
    personIds: [...reflection.personIds],
    plannedAt: reflection.occurredAt,
    goal: `Plan for: ${reflection.asked}`,
    principles: { 'build-partnerships': { notes: 'Start from what we share.' } },
    objections: 'They may say no; I offer a smaller step.',
    opening: 'Thank them for the time.',
    reflectionId,
  };
}

function emptyIndex(
  reflections: Map<string, Reflection>,
  people: Map<string, Person>,
  preparations: Map<string, Preparation> = new Map(),
) {
  return {
    reflections,
    preparations,
    people,
    peopleByNameKey: new Map([...people.values()].map((person) => [personNameKey(person.name), person])),
  };
}

function apply(
  plan: ImportPlan,
  reflections: Map<string, Reflection>,
  people: Map<string, Person>,
  preparations: Map<string, Preparation>,
): void {
  for (const item of [...plan.reflections.new, ...plan.reflections.updated]) reflections.set(item.id, item);
  for (const item of [...plan.people.new, ...plan.people.updated]) people.set(item.id, item);
  for (const item of [...plan.preparations.new, ...plan.preparations.updated])
    preparations.set(item.id, item);
}

describe('export, then import into an empty journal', () => {
  it('gives back equal data, and a second import changes nothing', async () => {
    const original = journal();
    const text = serializeJournalExport(buildJsonExport(original, context));
    const reading = await readImportFile(strToU8(text), 'journal.json');
    if (reading.kind !== 'journal') throw new Error(`expected a journal export, got ${reading.kind}`);
    const reflections = new Map<string, Reflection>();
    const people = new Map<string, Person>();
    const preparations = new Map<string, Preparation>();
    const plan = planImport(reading.export, emptyIndex(reflections, people, preparations));
    expect(plan.reflections.new).toHaveLength(300);
    expect(plan.preparations.new.length).toBeGreaterThan(10);
    apply(plan, reflections, people, preparations);
    expect([...reflections.values()]).toEqual(original.reflections);
    expect([...people.values()]).toEqual(original.people);
    expect([...preparations.values()]).toEqual(original.preparations);
    // Both ends of every link came back: each linked plan's reflection points at that plan.
    const linked = [...preparations.values()].filter(({ reflectionId }) => reflectionId !== null);
    expect(linked.length).toBeGreaterThan(10);
    for (const { id, reflectionId } of linked) {
      expect(reflections.get(reflectionId ?? '')?.preparationId).toBe(id);
    }
    expect(isEmptyImportPlan(planImport(reading.export, emptyIndex(reflections, people, preparations)))).toBe(
      true,
    );
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
    expect(reading.export.preparations).toEqual(original.preparations);
  }, 30_000);
});
