import { describe, expect, it } from 'vitest';
import { describeSchedule } from '../../../../renderer/features/reminders/describeSchedule';
import {
  draftFromReminder,
  emptyDraft,
  reminderFromDraft,
  validateDraft,
} from '../../../../renderer/features/reminders/reminderDraft';
import { parseReminder, type Reminder } from '../../../../shared/reminders/reminderSchema';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2024-12-02T10:00:00.000Z'); // Mon 2 Dec, 11:00 in Berlin

describe('describeSchedule', () => {
  it('puts every schedule in words', () => {
    expect(describeSchedule({ type: 'daily', time: '17:30' })).toBe('Every day at 17:30');
    expect(describeSchedule({ type: 'weekdays', days: [5, 1, 3], time: '08:00' })).toBe(
      'On Mon, Wed and Fri at 08:00',
    );
    expect(describeSchedule({ type: 'weekdays', days: [1, 2, 3, 4, 5], time: '08:00' })).toBe(
      'On weekdays at 08:00',
    );
    expect(describeSchedule({ type: 'weekdays', days: [0, 1, 2, 3, 4, 5, 6], time: '08:00' })).toBe(
      'Every day at 08:00',
    );
    expect(describeSchedule({ type: 'weekdays', days: [0], time: '08:00' })).toBe('On Sun at 08:00');
    expect(describeSchedule({ type: 'weekly', day: 5, time: '16:00' })).toBe('Every Friday at 16:00');
    expect(describeSchedule({ type: 'once', date: '2024-12-02', time: '17:30' })).toBe(
      'Once on 2 Dec 2024 at 17:30',
    );
  });
});

describe('reminder drafts', () => {
  it('turns a new rhythm draft into a valid reminder in the device zone', () => {
    const draft = { ...emptyDraft(ZONE, NOW), title: '  Any tough conversations today? ' };
    expect(validateDraft(draft, { timeZone: ZONE, nowMs: NOW })).toEqual({});
    const reminder = parseReminder(reminderFromDraft(draft, { timeZone: ZONE, now: new Date(NOW) }));
    expect(reminder).toMatchObject({
      kind: 'rhythm',
      title: 'Any tough conversations today?',
      schedule: { type: 'daily', time: '17:30' },
      timeZone: ZONE,
      quietIfReflected: 'day',
      createdAt: '2024-12-02T10:00:00.000Z',
    });
  });

  it('stays quiet for the week on a weekly rhythm, and never for one-offs', () => {
    const weekly = { ...emptyDraft(ZONE, NOW), title: 'Week', repeat: 'weekly' as const, weeklyDay: 5 };
    expect(reminderFromDraft(weekly, { timeZone: ZONE, now: new Date(NOW) })).toMatchObject({
      schedule: { type: 'weekly', day: 5, time: '17:30' },
      quietIfReflected: 'week',
    });
    const once = { ...emptyDraft(ZONE, NOW), title: 'After', kind: 'after-conversation' as const };
    expect(reminderFromDraft(once, { timeZone: ZONE, now: new Date(NOW) })).toMatchObject({
      schedule: { type: 'once', date: '2024-12-02', time: '17:30' },
      quietIfReflected: 'none',
    });
  });

  it('explains each problem in words, by field', () => {
    const draft = { ...emptyDraft(ZONE, NOW), repeat: 'weekdays' as const, days: [], time: '' };
    expect(validateDraft(draft, { timeZone: ZONE, nowMs: NOW })).toEqual({
      title: 'Give the reminder a title.',
      time: 'Enter a time such as 17:30.',
      days: 'Pick at least one day.',
    });
    const past = { ...emptyDraft(ZONE, NOW), title: 'x', kind: 'follow-up' as const, time: '10:59' };
    expect(validateDraft(past, { timeZone: ZONE, nowMs: NOW }).date).toBe(
      'That time has already passed. Pick a time from now on.',
    );
    expect(validateDraft({ ...past, time: '11:01' }, { timeZone: ZONE, nowMs: NOW })).toEqual({});
  });

  it('keeps an edited reminder’s id, zone, link and state, and lets an old one-off keep its time', () => {
    const original: Reminder = {
      id: 'follow-1',
      kind: 'follow-up',
      title: 'Ask Sam',
      schedule: { type: 'once', date: '2024-11-01', time: '09:00' },
      timeZone: 'America/New_York',
      paused: true,
      quietIfReflected: 'none',
      reflectionId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      done: true,
      createdAt: '2024-10-01T00:00:00.000Z',
    };
    const draft = { ...draftFromReminder(original, NOW), title: 'Ask Sam about the budget' };
    expect(validateDraft(draft, { timeZone: original.timeZone, nowMs: NOW, original })).toEqual({});
    const edited = reminderFromDraft(draft, { timeZone: ZONE, now: new Date(NOW), original });
    expect(edited).toEqual({ ...original, title: 'Ask Sam about the budget' });

    // A new time is a fresh start.
    const moved = reminderFromDraft(
      { ...draft, date: '2024-12-09' },
      { timeZone: ZONE, now: new Date(NOW), original },
    );
    expect(moved).toMatchObject({
      done: false,
      schedule: { date: '2024-12-09' },
      timeZone: 'America/New_York',
    });
  });

  it('reads every schedule back into the form', () => {
    const base = emptyDraft(ZONE, NOW);
    const from = (schedule: Reminder['schedule']) =>
      draftFromReminder(
        { ...reminderFromDraft({ ...base, title: 't' }, { timeZone: ZONE, now: new Date(NOW) }), schedule },
        NOW,
      );
    expect(from({ type: 'weekdays', days: [2, 4], time: '07:15' })).toMatchObject({
      repeat: 'weekdays',
      days: [2, 4],
      time: '07:15',
    });
    expect(from({ type: 'weekly', day: 3, time: '07:15' })).toMatchObject({ repeat: 'weekly', weeklyDay: 3 });
    expect(from({ type: 'once', date: '2025-01-02', time: '07:15' })).toMatchObject({ date: '2025-01-02' });
  });
});
