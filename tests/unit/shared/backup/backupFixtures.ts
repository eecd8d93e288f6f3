import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import {
  customPrinciple,
  followUp,
  JOURNAL_ID,
  NOW,
  person,
  personIds,
  reflection,
} from '../../shared/data/exportFixtures';

export { JOURNAL_ID, NOW };

/** A journal with a private reflection, one in the Trash, a custom principle and a follow-up. */
export function journalWithTrash(): JournalSnapshot {
  const first = reflection(1, { context: 'Asked Tom for the budget', personIds: [personIds.tom] });
  const secret = reflection(2, { context: 'Private thoughts — ünïcode ✓', isPrivate: true });
  const trashed = reflection(3, { context: 'Deleted but not gone', deletedAt: NOW.toISOString() });
  return {
    people: [person(personIds.tom, 'Tom Baker'), person(personIds.ana, 'Ana Lima')],
    principleSettings: [customPrinciple],
    reflections: [first, secret, trashed],
    preparations: [],
    reminders: [followUp(first.id, 'Ask Tom again')],
  };
}

export const backupContext = {
  appVersion: '1.2.3',
  schemaVersion: 3,
  journalId: JOURNAL_ID,
  createdAt: NOW.toISOString(),
};
