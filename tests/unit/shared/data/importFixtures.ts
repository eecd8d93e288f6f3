import type { JournalExportInput } from '../../../../shared/data/exportFormat';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { createPerson, type Person } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';

export const JOURNAL_ID = '019ce0a2-5d40-7000-8000-00000000aaaa';
export const TOM_ID = '019ce0a2-5d40-7000-8000-00000000b001';
export const ANA_ID = '019ce0a2-5d40-7000-8000-00000000b002';

export function person(id: string, name: string, updatedAt = '2026-03-01T10:00:00.000Z'): Person {
  return { ...createPerson({ now: new Date('2026-03-01T10:00:00.000Z'), name, id }), updatedAt };
}

/** A complete reflection with the given id; tests change one field at a time. */
export function reflection(id: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-14T13:30:00.000Z'), timeZone: 'Europe/Paris', id }),
    status: 'complete',
    personIds: [TOM_ID],
    asked: 'Asked Tom for the launch figures a week early.',
    ...overrides,
  };
}

export function snapshot(overrides: Partial<JournalSnapshot> = {}): JournalSnapshot {
  return {
    people: [person(TOM_ID, 'Tom Baker'), person(ANA_ID, 'Ana Silva')],
    principleSettings: [],
    reflections: [
      reflection('019ce0a2-5d40-7000-8000-000000000001'),
      reflection('019ce0a2-5d40-7000-8000-000000000002', { personIds: [ANA_ID], starred: true }),
    ],
    preparations: [],
    reminders: [],
    ...overrides,
  };
}

/** A valid export file of the current format as a plain object, ready to be serialized or broken. */
export function exportFile(
  overrides: Partial<Record<keyof JournalExportInput, unknown>> = {},
): Record<string, unknown> {
  return {
    format: 'influence-journal',
    version: 2,
    appVersion: '0.1.0',
    exportedAt: '2026-03-20T09:00:00.000Z',
    journalId: JOURNAL_ID,
    options: defaultExportOptions,
    ...snapshot(),
    ...overrides,
  };
}
