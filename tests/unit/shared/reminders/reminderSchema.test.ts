import { describe, expect, it } from 'vitest';
import {
  emptyRemindersState,
  parseQuietHours,
  parseReminder,
  parseRemindersState,
  reminderSchema,
  scheduleSchema,
} from '../../../../shared/reminders/reminderSchema';
import { makeReminder, stateWith } from './reminderTestKit';

function firstMessage(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string {
  return result.error?.issues[0]?.message ?? '';
}

describe('schedule schema', () => {
  it('accepts each schedule type', () => {
    for (const schedule of [
      { type: 'daily', time: '00:00' },
      { type: 'weekdays', days: [1, 2, 3, 4, 5], time: '23:59' },
      { type: 'weekly', day: 0, time: '09:15' },
      { type: 'once', date: '2024-02-29', time: '17:30' },
    ]) {
      expect(scheduleSchema.safeParse(schedule).success).toBe(true);
    }
  });

  it('rejects an impossible time with a message naming the time format', () => {
    for (const time of ['24:00', '7:30', '12:60', '12:3', 'noon', '09:30:00', '09:30Z']) {
      const result = scheduleSchema.safeParse({ type: 'daily', time });
      expect(firstMessage(result)).toBe('Time must be HH:mm between 00:00 and 23:59');
    }
  });

  it('rejects a date that does not exist on the calendar', () => {
    const result = scheduleSchema.safeParse({ type: 'once', date: '2025-02-29', time: '09:00' });
    const message = 'Date must be yyyy-MM-dd and exist on the calendar (e.g. not 2025-02-30)';
    expect(firstMessage(result)).toBe(message);
    for (const date of ['2025-2-1', '2025-04-31', '2025-13-01', '2025-02-29T09:00']) {
      const found = firstMessage(scheduleSchema.safeParse({ type: 'once', date, time: '09:00' }));
      expect({ date, found }).toEqual({ date, found: message });
    }
  });

  it('rejects weekday lists that are empty, repeat a day or name a day outside 0..6', () => {
    expect(firstMessage(scheduleSchema.safeParse({ type: 'weekdays', days: [], time: '09:00' }))).toBe(
      'Days must include at least one weekday',
    );
    expect(firstMessage(scheduleSchema.safeParse({ type: 'weekdays', days: [1, 1], time: '09:00' }))).toBe(
      'Days must list each weekday at most once',
    );
    expect(firstMessage(scheduleSchema.safeParse({ type: 'weekly', day: 7, time: '09:00' }))).toMatch(
      /^Day must be/,
    );
  });

  it('rejects an unknown schedule type and extra keys', () => {
    expect(firstMessage(scheduleSchema.safeParse({ type: 'hourly', time: '09:00' }))).toBe(
      'Schedule type must be daily, weekdays, weekly or once',
    );
    expect(scheduleSchema.safeParse({ type: 'daily', time: '09:00', every: 2 }).success).toBe(false);
  });
});

describe('reminder schema', () => {
  it('accepts a complete follow-up reminder', () => {
    const followUp = makeReminder({
      id: 'f-1',
      kind: 'follow-up',
      body: 'Ask how the budget talk went',
      reflectionId: 'reflection-9',
      schedule: { type: 'once', date: '2024-06-03', time: '10:00' },
      timeZone: 'Europe/Berlin',
      snoozedUntil: '2024-06-03T08:10:00.000Z',
    });
    expect(parseReminder(followUp)).toEqual(followUp);
  });

  it('names the field in the error thrown for bad input', () => {
    const bad = { ...makeReminder(), schedule: { type: 'daily', time: '25:00' } };
    expect(() => parseReminder(bad)).toThrow(
      'Invalid reminder: schedule.time: Time must be HH:mm between 00:00 and 23:59',
    );
    expect(() => parseReminder({ ...makeReminder(), title: '' })).toThrow('title: Title must not be empty');
    expect(() => parseReminder({ ...makeReminder(), title: 'x'.repeat(201) })).toThrow(
      'title: Title must be at most 200 characters',
    );
    expect(() => parseReminder({ ...makeReminder(), body: 'x'.repeat(1001) })).toThrow(
      'body: Body must be at most 1000 characters',
    );
  });

  it('rejects time zones that are not IANA names', () => {
    for (const timeZone of ['Mars/Olympus_Mons', '+01:00', '', 'GMT+1 ']) {
      const result = reminderSchema.safeParse(makeReminder({ timeZone }));
      expect(firstMessage(result)).toBe('Time zone must be an IANA name such as Europe/Berlin');
    }
  });

  it('rejects instants that are not ISO timestamps and keys it does not know', () => {
    expect(() => parseReminder({ ...makeReminder(), createdAt: 'yesterday' })).toThrow(
      /createdAt: createdAt must be an ISO instant/,
    );
    expect(() => parseReminder({ ...makeReminder(), kind: 'nag' })).toThrow(
      'kind: Kind must be rhythm, follow-up or after-conversation',
    );
    expect(() => parseReminder({ ...makeReminder(), colour: 'red' })).toThrow(/Unrecognized key/);
  });
});

describe('reminders state schema', () => {
  it('accepts the empty state and a JSON round trip of a full one', () => {
    expect(parseRemindersState(emptyRemindersState())).toEqual(emptyRemindersState());
    const state = stateWith([makeReminder()], {
      fired: ['rhythm-1@2024-01-02T22:30:00.000Z'],
      lastEvaluatedAt: '2024-01-02T22:30:00.000Z',
    });
    expect(parseRemindersState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('rejects a corrupt state file with a message saying what is wrong where', () => {
    const corrupt = { version: 2, reminders: {}, quietHours: { enabled: 'yes' }, fired: null };
    let message = '';
    try {
      parseRemindersState(corrupt);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(/^Invalid reminders state: /);
    expect(message).toContain('version: Version must be 1');
    expect(message).toContain('quietHours.enabled: Quiet hours enabled must be true or false');
    expect(message).toContain('reminders:');
    expect(message).toContain('fired:');
    expect(message).toContain('lastEvaluatedAt:');
  });

  it('rejects duplicate reminder ids and an unbounded fired log', () => {
    expect(() => parseRemindersState(stateWith([makeReminder(), makeReminder()]))).toThrow(
      'reminders: Reminders must have unique ids',
    );
    const fired = Array.from({ length: 501 }, (_, i) => `r@${new Date(i * 1000).toISOString()}`);
    expect(() => parseRemindersState(stateWith([], { fired }))).toThrow(
      'fired: Fired must keep at most 500 keys',
    );
  });

  it('rejects quiet hours with a bad end time, naming the field', () => {
    expect(() => parseQuietHours({ enabled: true, start: '22:00', end: '7:00' })).toThrow(
      'Invalid quiet hours: end: Time must be HH:mm between 00:00 and 23:59',
    );
  });
});
