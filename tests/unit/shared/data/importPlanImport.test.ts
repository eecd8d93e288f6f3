import { describe, expect, it } from 'vitest';
import { readDayOne } from '../../../../shared/data/dayOne';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import {
  isEmptyImportPlan,
  NEWER_IN_JOURNAL,
  personNameKey,
  planImport,
  TWICE_IN_FILE,
  type ExistingJournal,
  type ImportPlan,
} from '../../../../shared/data/planImport';
import type { Person } from '../../../../shared/domain/personSchema';
import type { PrincipleSetting } from '../../../../shared/domain/principles';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { reminderSchema, type Reminder } from '../../../../shared/reminders/reminderSchema';
import { ANA_ID, person, reflection, snapshot, TOM_ID } from './importFixtures';

const R1 = '019ce0a2-5d40-7000-8000-000000000001';
const R2 = '019ce0a2-5d40-7000-8000-000000000002';
const CUSTOM_ID = '019ce0a2-5d40-7000-8000-00000000c001';
const listenFirst: PrincipleSetting = {
  kind: 'custom',
  id: CUSTOM_ID,
  title: 'Listen first',
  description: '',
  prompts: [],
  isHidden: false,
};

/** A journal held in memory the way the database would answer the planner's questions. */
interface MemoryJournal {
  reflections: Map<string, Reflection>;
  people: Map<string, Person>;
  principleSettings: PrincipleSetting[];
  reminders: Map<string, Reminder>;
}

function memoryJournal(from: Partial<JournalSnapshot> = {}): MemoryJournal {
  return {
    reflections: new Map((from.reflections ?? []).map((item) => [item.id, item])),
    people: new Map((from.people ?? []).map((item) => [item.id, item])),
    principleSettings: [...(from.principleSettings ?? [])],
    reminders: new Map((from.reminders ?? []).map((item) => [item.id, item])),
  };
}

function existingOf(journal: MemoryJournal): ExistingJournal {
  return {
    reflections: journal.reflections,
    preparations: new Map(),
    people: journal.people,
    peopleByNameKey: new Map([...journal.people.values()].map((item) => [personNameKey(item.name), item])),
    principleSettings: journal.principleSettings,
    reminderIds: new Set(journal.reminders.keys()),
  };
}

function apply(journal: MemoryJournal, plan: ImportPlan): void {
  for (const item of [...plan.reflections.new, ...plan.reflections.updated])
    journal.reflections.set(item.id, item);
  for (const item of [...plan.people.new, ...plan.people.updated]) journal.people.set(item.id, item);
  journal.principleSettings.push(...plan.principleSettings.new);
  for (const item of plan.reminders.new) journal.reminders.set(item.id, item);
}

function followUp(id: string, reflectionId: string): Reminder {
  return reminderSchema.parse({
    id,
    kind: 'follow-up',
    title: 'Follow up with Tom',
    schedule: { type: 'once', date: '2026-03-21', time: '09:00' },
    timeZone: 'Europe/Paris',
    paused: false,
    quietIfReflected: 'none',
    reflectionId,
    done: false,
    createdAt: '2026-03-14T13:30:00.000Z',
  });
}

describe('planImport', () => {
  it('plans everything as new for an empty journal', () => {
    const plan = planImport(snapshot(), existingOf(memoryJournal()));
    expect(plan.reflections.new.map((item) => item.id)).toEqual([R1, R2]);
    expect(plan.people.new.map((item) => item.name)).toEqual(['Tom Baker', 'Ana Silva']);
    expect(plan.reflections).toMatchObject({ updated: [], unchanged: 0, skipped: [] });
    expect(isEmptyImportPlan(plan)).toBe(false);
  });

  it('plans nothing the second time the same file is imported', () => {
    const file = snapshot({
      principleSettings: [listenFirst],
      reminders: [followUp('follow-1', R1)],
    });
    const journal = memoryJournal();
    const first = planImport(file, existingOf(journal));
    expect(first.reminders.new.map((item) => item.id)).toEqual(['follow-1']);
    expect(first.principleSettings.new).toHaveLength(1);
    apply(journal, first);
    const again = planImport(file, existingOf(journal));
    expect(isEmptyImportPlan(again)).toBe(true);
    expect(again.reflections.unchanged).toBe(2);
    expect(again.people.unchanged).toBe(2);
    expect(again.principleSettings).toEqual({ new: [], unchanged: 1 });
    expect(again.reminders).toEqual({ new: [], unchanged: 1 });
  });

  it('lets the newer copy win by updatedAt, then by revision', () => {
    const base = reflection(R1, { updatedAt: '2026-03-14T13:30:00.000Z' });
    const journal = memoryJournal({ reflections: [base], people: snapshot().people });
    const plan = (item: Reflection) =>
      planImport(snapshot({ reflections: [item] }), existingOf(journal)).reflections;
    expect(plan({ ...base, updatedAt: '2026-03-14T13:31:00.000Z', asked: 'newer' }).updated).toHaveLength(1);
    expect(plan({ ...base, updatedAt: '2026-03-14T13:29:00.000Z' }).skipped).toEqual([
      { id: R1, reason: NEWER_IN_JOURNAL },
    ]);
    expect(NEWER_IN_JOURNAL).toBe('the journal has a newer version');
    expect(plan({ ...base }).unchanged).toBe(1);
    // The same instant written with another offset is the same time.
    expect(plan({ ...base, updatedAt: '2026-03-14T14:30:00+01:00' }).unchanged).toBe(1);
    const withRevision = (revision: number) => ({ ...base, revision }) as Reflection;
    journal.reflections.set(R1, withRevision(2));
    expect(plan(withRevision(3)).updated).toHaveLength(1);
    expect(plan(withRevision(2)).unchanged).toBe(1);
    expect(plan(withRevision(1)).skipped).toEqual([{ id: R1, reason: NEWER_IN_JOURNAL }]);
  });

  it('plans people the same way', () => {
    const journal = memoryJournal({ people: [person(TOM_ID, 'Tom Baker', '2026-03-05T00:00:00.000Z')] });
    const plan = planImport(
      snapshot({
        people: [person(TOM_ID, 'Tom Baker', '2026-03-01T00:00:00.000Z'), person(ANA_ID, 'Ana Silva')],
      }),
      existingOf(journal),
    );
    expect(plan.people.skipped).toEqual([{ id: TOM_ID, reason: NEWER_IN_JOURNAL }]);
    expect(plan.people.new.map((item) => item.id)).toEqual([ANA_ID]);
  });

  it('maps a person known by name to the journal’s person and rewrites the reflections', () => {
    const journalTom = person('019ce0a2-5d40-7000-8000-00000000d001', 'Tom Baker');
    const journal = memoryJournal({ people: [journalTom] });
    const secondTom = '019ce0a2-5d40-7000-8000-00000000b003';
    const file = snapshot({
      people: [person(TOM_ID, '  tom baker'), person(ANA_ID, 'Ana Silva'), person(secondTom, 'TOM BAKER')],
      reflections: [
        reflection(R1, { personIds: [TOM_ID, ANA_ID, secondTom] }),
        reflection(R2, { personIds: [ANA_ID] }),
      ],
    });
    const plan = planImport(file, existingOf(journal));
    expect(plan.people.new.map((item) => item.name)).toEqual(['Ana Silva']);
    expect(plan.people.matchedByName).toEqual([
      { name: 'tom baker', incomingId: TOM_ID, existingId: journalTom.id },
      { name: 'TOM BAKER', incomingId: secondTom, existingId: journalTom.id },
    ]);
    expect(plan.reflections.new.map((item) => item.personIds)).toEqual([[journalTom.id, ANA_ID], [ANA_ID]]);
    apply(journal, plan);
    expect(isEmptyImportPlan(planImport(file, existingOf(journal)))).toBe(true);
  });

  it('keeps the journal’s principle settings and adds only what it lacks', () => {
    const rename: PrincipleSetting = { kind: 'override', principleId: 'empowered-adults', title: 'Mine' };
    const journal = memoryJournal({ principleSettings: [rename] });
    const plan = planImport(
      snapshot({ principleSettings: [{ ...rename, title: 'Theirs' }, listenFirst] }),
      existingOf(journal),
    );
    expect(plan.principleSettings).toEqual({ new: [listenFirst], unchanged: 1 });
  });

  it('skips a record that appears twice in the file', () => {
    const plan = planImport(
      snapshot({ reflections: [reflection(R1), reflection(R1)] }),
      existingOf(memoryJournal()),
    );
    expect(plan.reflections.new).toHaveLength(1);
    expect(plan.reflections.skipped).toEqual([{ id: R1, reason: TWICE_IN_FILE }]);
  });

  it('adds nothing when the same Day One file is imported twice', () => {
    const dayOne = {
      metadata: {},
      entries: [
        { uuid: 'AAA1', creationDate: '2026-01-02T08:00:00Z', timeZone: 'Asia/Tokyo', text: 'One' },
        { uuid: 'AAA2', creationDate: '2026-01-03T08:00:00Z', timeZone: 'Asia/Tokyo', text: 'Two' },
      ],
    };
    const journal = memoryJournal();
    const first = planImport(
      readDayOne([{ name: 'Journal.json', json: dayOne }]).snapshot,
      existingOf(journal),
    );
    expect(first.reflections.new).toHaveLength(2);
    apply(journal, first);
    const second = planImport(
      readDayOne([{ name: 'Journal.json', json: dayOne }]).snapshot,
      existingOf(journal),
    );
    expect(isEmptyImportPlan(second)).toBe(true);
    expect(second.reflections.unchanged).toBe(2);
  });
});
