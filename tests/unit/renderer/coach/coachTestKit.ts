import Dexie from 'dexie';
import { buildJsonExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type JournalExport } from '../../../../shared/data/exportFormat';
import { createPerson, type Person } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createCoachClientRepository } from '../../../../renderer/db/coach/coachClientRepository';
import { CoachDatabase } from '../../../../renderer/db/coach/coachDatabase';
import { createCoachNotesRepository } from '../../../../renderer/db/coach/coachNotesRepository';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { uniqueDatabaseName } from '../db/migrationHarness';

export const CLIENT_JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000beef';
export const OTHER_JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000cafe';

export const dana: Person = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'D.F.' });

/** A complete reflection with Dana on the given day (09:30 London time). */
export function reflectionOn(day: string, asked: string, overrides: Partial<Reflection> = {}): Reflection {
  const created = new Date(`${day}T12:00:00Z`);
  return {
    ...createDraftReflection({ now: created, timeZone: 'Europe/London' }),
    status: 'complete',
    occurredAt: `${day}T09:30`,
    personIds: [dana.id],
    asked,
    ...overrides,
  };
}

/** An export of the client's journal, as the Data page writes it. */
export function clientExport(
  reflections: readonly Reflection[],
  exportedAt: string,
  journalId = CLIENT_JOURNAL_ID,
): JournalExport {
  return buildJsonExport(
    { people: [dana], principleSettings: [], reflections: [...reflections], preparations: [], reminders: [] },
    { options: defaultExportOptions, appVersion: '0.1.0', journalId, exportedAt },
  );
}

/**
 * A coach's database and the workspaces it opens, each under a unique name, with the
 * connections tracked so every one is closed and deleted after the test.
 */
export function openCoachKit(now: () => Date = () => new Date('2026-12-06T09:00:00Z')) {
  const coach = new CoachDatabase(uniqueDatabaseName('coach'));
  const open = new Map<string, JournalDatabase>();
  const released: string[] = [];
  const workspaces = {
    open(dbName: string) {
      let db = open.get(dbName);
      if (db === undefined) {
        db = new JournalDatabase(dbName);
        open.set(dbName, db);
      }
      return db;
    },
    release(dbName: string) {
      released.push(dbName);
      open.get(dbName)?.close();
      open.delete(dbName);
    },
  };
  const clients = createCoachClientRepository(coach, workspaces, now);
  const notes = createCoachNotesRepository(coach, now);
  return {
    coach,
    clients,
    notes,
    workspaces,
    released,
    async dispose() {
      const names = [...open.keys()];
      for (const db of open.values()) db.close();
      coach.close();
      await Dexie.delete(coach.name);
      for (const name of names) await Dexie.delete(name);
    },
  };
}
