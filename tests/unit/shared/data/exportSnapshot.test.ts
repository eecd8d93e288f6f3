import { describe, expect, it } from 'vitest';
import { principleTitlesOf, remindersTiedToReflections } from '../../../../shared/data/journalSnapshot';
import {
  CUSTOM_PRINCIPLE_ID,
  customPrinciple,
  emptySnapshot,
  followUp,
  principlesWithCustom,
  reflection,
  rhythmReminder,
} from './exportFixtures';

describe('remindersTiedToReflections', () => {
  it('keeps the follow-ups of the given reflections and nothing else', () => {
    const kept = reflection(1);
    const other = reflection(2);
    const reminders = [followUp(kept.id, 'Kept'), followUp(other.id, 'Other'), rhythmReminder];
    expect(remindersTiedToReflections(reminders, [kept]).map(({ title }) => title)).toEqual(['Kept']);
    expect(remindersTiedToReflections(reminders, [])).toEqual([]);
  });
});

describe('principleTitlesOf', () => {
  it("uses the snapshot's own titles over the ones passed in, for every principle passed in", () => {
    const shown = principlesWithCustom;
    const snapshot = emptySnapshot({
      principleSettings: [
        { ...customPrinciple, title: 'Listen, then ask' },
        { kind: 'override', principleId: 'empowered-adults', title: 'Own it' },
      ],
    });
    const titles = principleTitlesOf(snapshot, shown);
    expect([...titles.keys()]).toEqual(shown.map(({ id }) => id));
    expect(titles.get(CUSTOM_PRINCIPLE_ID)).toBe('Listen, then ask');
    expect(titles.get('empowered-adults')).toBe('Own it');
    expect(titles.get('build-partnerships')).toBe('Build partnerships');
  });
});
