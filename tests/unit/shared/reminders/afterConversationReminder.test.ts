import { describe, expect, it } from 'vitest';
import { routeForNotification } from '../../../../shared/ipc/reminderRoutes';
import {
  afterConversationAt,
  afterConversationReminderId,
  afterConversationTitle,
  buildAfterConversationReminder,
} from '../../../../shared/reminders/afterConversationReminder';
import { collapseMissed } from '../../../../shared/reminders/collapseMissed';
import { parseReminder } from '../../../../shared/reminders/reminderSchema';

const PREPARATION = '019ce0a2-5d40-7000-8000-000000000001';
const now = new Date('2026-03-10T09:00:00Z');

function build(overrides: Partial<Parameters<typeof buildAfterConversationReminder>[0]> = {}) {
  return buildAfterConversationReminder({
    preparationId: PREPARATION,
    personNames: ['Tom'],
    plannedAt: '2026-03-10T14:00',
    timeZone: 'Europe/Berlin',
    remindAfterMinutes: 30,
    now,
    ...overrides,
  });
}

describe('the reminder after a prepared conversation', () => {
  it('asks how the conversation went, once, the chosen minutes after the planned time, carrying the preparation', () => {
    const reminder = parseReminder(build());
    expect(reminder).toEqual({
      id: `after-conversation-${PREPARATION}`,
      kind: 'after-conversation',
      title: 'How did the conversation with Tom go?',
      schedule: { type: 'once', date: '2026-03-10', time: '14:30' },
      timeZone: 'Europe/Berlin',
      paused: false,
      quietIfReflected: 'none',
      preparationId: PREPARATION,
      done: false,
      createdAt: '2026-03-10T09:00:00.000Z',
    });
    expect(afterConversationReminderId(PREPARATION)).toBe(reminder.id);
  });

  it('follows a new time or offset with the same id, so saving again updates it', () => {
    const moved = build({ plannedAt: '2026-03-11T23:50', remindAfterMinutes: 45 });
    expect(moved.id).toBe(build().id);
    expect(moved.schedule).toEqual({ type: 'once', date: '2026-03-12', time: '00:35' });
    expect(build({ remindAfterMinutes: 0 }).schedule).toEqual({
      type: 'once',
      date: '2026-03-10',
      time: '14:00',
    });
  });

  it('counts real minutes across a clock change', () => {
    // Berlin springs forward at 02:00 on 29 March 2026: 01:45 plus 30 minutes is 03:15.
    expect(afterConversationAt('2026-03-29T01:45', 'Europe/Berlin', 30)).toBe('2026-03-29T03:15');
  });

  it('names one, two or more people, and no one when the plan names nobody', () => {
    expect(afterConversationTitle(['Tom', 'Ana'])).toBe('How did the conversation with Tom and Ana go?');
    expect(afterConversationTitle(['Tom', 'Ana', 'Lee'])).toBe(
      'How did the conversation with Tom, Ana and 1 other go?',
    );
    expect(afterConversationTitle(['Tom', 'Ana', 'Lee', 'Kim'])).toBe(
      'How did the conversation with Tom, Ana and 2 others go?',
    );
    expect(afterConversationTitle([])).toBe('How did the conversation go?');
    expect(afterConversationTitle(['x'.repeat(250)])).toBe('How did the conversation go?');
  });

  it('refuses a preparation id that is not a UUID', () => {
    expect(() => parseReminder({ ...build(), preparationId: 'tom' })).toThrow('preparationId must be a UUID');
  });

  it('opens a new reflection linked to the preparation when clicked', () => {
    const reminder = parseReminder(build());
    const due = (r: typeof reminder) => {
      const notification = collapseMissed([
        { reminder: r, occurrences: [Date.parse('2026-03-10T13:30:00Z')] },
      ]);
      if (notification === null) throw new Error('The reminder was not due');
      return notification;
    };
    expect(due(reminder).items[0]?.preparationId).toBe(PREPARATION);
    expect(routeForNotification(due(reminder))).toBe(`/new?preparation=${PREPARATION}`);
    const { preparationId: _none, ...plain } = reminder;
    expect(routeForNotification(due(plain))).toBe('/new');
  });
});
