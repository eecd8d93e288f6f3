import { describe, expect, it } from 'vitest';
import { localDateTimeToEpochMs } from '../../../../shared/domain/localDateTime';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import { buildFollowUpReminder } from '../../../../shared/reminders/followUpReminder';
import { formatNextTime } from '../../../../shared/reminders/recurrence';
import { createHarness } from './reminderTestKit';

interface Case {
  name: string;
  timeZone: string;
  followUpAt: string;
  /** The one instant both the journal and the reminder must mean. */
  instant: string;
  /** What the Reminders page shows for it. */
  shown: string;
}

// 2024 transitions: New York skips 02:00-03:00 on 10 Mar and repeats 01:00-02:00 on 3 Nov;
// Berlin skips 02:00-03:00 on 31 Mar and repeats 02:00-03:00 on 27 Oct.
const cases: Case[] = [
  {
    name: 'Berlin, skipped 02:30 moves forward by the hour',
    timeZone: 'Europe/Berlin',
    followUpAt: '2024-03-31T02:30',
    instant: '2024-03-31T01:30:00.000Z',
    shown: 'Sun 31 Mar, 03:30',
  },
  {
    name: 'Berlin, repeated 02:30 is the earlier one',
    timeZone: 'Europe/Berlin',
    followUpAt: '2024-10-27T02:30',
    instant: '2024-10-27T00:30:00.000Z',
    shown: 'Sun 27 Oct, 02:30',
  },
  {
    name: 'New York, skipped 02:30 moves forward by the hour',
    timeZone: 'America/New_York',
    followUpAt: '2024-03-10T02:30',
    instant: '2024-03-10T07:30:00.000Z',
    shown: 'Sun 10 Mar, 03:30',
  },
  {
    name: 'New York, repeated 01:30 is the earlier one',
    timeZone: 'America/New_York',
    followUpAt: '2024-11-03T01:30',
    instant: '2024-11-03T05:30:00.000Z',
    shown: 'Sun 3 Nov, 01:30',
  },
];

describe('a follow-up reminder fires at the instant its reflection means, on DST nights', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const now = new Date(Date.parse(testCase.instant) - 3 * 86_400_000);
      const draft = createDraftReflection({ now, timeZone: testCase.timeZone });
      const nextStep = {
        ...draft.nextStep,
        text: 'Ask Sam about the budget',
        followUpAt: testCase.followUpAt,
      };
      const reminder = buildFollowUpReminder({
        reflectionId: draft.id,
        text: nextStep.text,
        followUpAt: nextStep.followUpAt,
        timeZone: nextStep.timeZone,
        now,
      });
      // The journal's reading of the same "Follow up on".
      expect(new Date(localDateTimeToEpochMs(nextStep.followUpAt, nextStep.timeZone)).toISOString()).toBe(
        testCase.instant,
      );

      const harness = createHarness({ now: now.toISOString() });
      await harness.engine.start();
      await harness.engine.upsert(reminder);
      const [entry] = await harness.engine.list();
      expect(entry?.next).toBe(testCase.instant);
      expect(formatNextTime(Date.parse(testCase.instant), testCase.timeZone)).toBe(testCase.shown);

      while (harness.notifier.shown.length === 0 && (await harness.timers.fireNext()));
      expect(harness.notifier.shown.map((shown) => shown.items[0]?.occurrence)).toEqual([testCase.instant]);
      expect(harness.clock.now()).toBe(Date.parse(testCase.instant));
    });
  }
});
