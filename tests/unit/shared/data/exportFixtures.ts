import { createPerson, type Person } from '../../../../shared/domain/personSchema';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import {
  builtInPrinciples,
  resolvePrinciples,
  type CustomPrinciple,
} from '../../../../shared/domain/principles';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Reminder } from '../../../../shared/reminders/reminderSchema';
import { buildFollowUpReminder } from '../../../../shared/reminders/followUpReminder';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';

export const NOW = new Date('2026-03-14T13:30:00.000Z');
export const JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000beef';

/** Ids sort in the order the people are listed here, which pseudonymisation follows. */
export const personIds = {
  tom: '019ce0a2-5d40-7a1b-8c3d-000000000001',
  ana: '019ce0a2-5d40-7a1b-8c3d-000000000002',
  tess: '019ce0a2-5d40-7a1b-8c3d-000000000003',
  zoe: '019ce0a2-5d40-7a1b-8c3d-000000000004',
} as const;

export function person(id: string, name: string, overrides: Partial<Person> = {}): Person {
  return { ...createPerson({ now: NOW, name, id }), ...overrides };
}

export function reflection(serial: number, overrides: Partial<Reflection> = {}): Reflection {
  const id = `019ce0a2-5d40-7000-8000-${String(serial).padStart(12, '0')}`;
  return { ...createDraftReflection({ now: NOW, timeZone: 'Europe/Paris', id }), ...overrides };
}

/** A plan with ids that sort after every reflection's, so a mix of both keeps a stable order. */
export function preparation(serial: number, overrides: Partial<Preparation> = {}): Preparation {
  const id = `019ce0a2-5d40-7000-9000-${String(serial).padStart(12, '0')}`;
  return { ...createDraftPreparation({ now: NOW, timeZone: 'Europe/Paris', id }), ...overrides };
}

export function followUp(reflectionId: string, text: string): Reminder {
  return buildFollowUpReminder({
    reflectionId,
    text,
    followUpAt: '2026-03-20T09:00',
    timeZone: 'Europe/Paris',
    now: NOW,
  });
}

export const rhythmReminder: Reminder = {
  id: 'rhythm-1',
  kind: 'rhythm',
  title: 'Time to reflect',
  schedule: { type: 'daily', time: '17:00' },
  timeZone: 'Europe/Paris',
  paused: false,
  quietIfReflected: 'day',
  done: false,
  createdAt: NOW.toISOString(),
};

export const CUSTOM_PRINCIPLE_ID = '019ce0a2-5d40-7a1b-8c3d-00000000c0de';

export const customPrinciple: CustomPrinciple = {
  kind: 'custom',
  id: CUSTOM_PRINCIPLE_ID,
  title: 'Listen first',
  description: 'Hear them out before proposing anything.',
  prompts: [],
  isHidden: false,
};

/** The built-in principles and the custom one, as the export writers are given them. */
export const principlesWithCustom = resolvePrinciples(builtInPrinciples, [customPrinciple]);

export function emptySnapshot(overrides: Partial<JournalSnapshot> = {}): JournalSnapshot {
  return {
    people: [],
    principleSettings: [],
    reflections: [],
    preparations: [],
    reminders: [],
    ...overrides,
  };
}
