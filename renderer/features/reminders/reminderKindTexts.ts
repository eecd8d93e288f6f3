import type { ReminderKind } from '../../../shared/reminders/reminderSchema';

/** What each kind of reminder is for, in the form's words: the hint under "Kind" and under its fields. */
export interface ReminderKindTexts {
  readonly purpose: string;
  readonly titlePlaceholder: string;
  /** Hints under Date and Time; a repeating kind has no date. */
  readonly dateHint: string | null;
  readonly timeHint: string;
}

export const REMINDER_KIND_TEXTS: Record<ReminderKind, ReminderKindTexts> = {
  rhythm: {
    purpose: 'A regular nudge to reflect, on the days and at the time you choose.',
    titlePlaceholder: 'Any tough conversations today?',
    dateHint: null,
    timeHint: 'When the nudge comes on each of those days.',
  },
  'follow-up': {
    purpose: 'Brings back a next step you planned, once, so you act on it. Mark it done when you have.',
    titlePlaceholder: 'Send Dana the revised timeline',
    dateHint: 'The day to act on the next step.',
    timeHint: 'When the reminder comes that day.',
  },
  'after-conversation': {
    purpose:
      'For a conversation you know is coming: reminds you once, when it should be over, to reflect while it is fresh.',
    titlePlaceholder: 'Reflect on the budget talk with Lee',
    dateHint: 'The day of the conversation.',
    timeHint: 'When the conversation should be over.',
  },
};
