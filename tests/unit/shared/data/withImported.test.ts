import { describe, expect, it } from 'vitest';
import { withImported } from '../../../../shared/data/withImported';
import { NOW, emptySnapshot, followUp, person, personIds, preparation, reflection } from './exportFixtures';

const nothing = { reflections: [], people: [], preparations: [], principleSettings: [], reminders: [] };

describe('withImported', () => {
  const tom = person(personIds.tom, 'Tom Baker');
  const before = emptySnapshot({
    people: [tom],
    reflections: [reflection(1, { asked: 'First' }), reflection(2, { asked: 'Second' })],
    preparations: [preparation(1)],
  });

  it('adds new records and puts updated ones in place of those they replace', () => {
    const after = withImported(before, {
      ...nothing,
      reflections: [reflection(2, { asked: 'Second, changed' }), reflection(3, { asked: 'Third' })],
      people: [person(personIds.ana, 'Ana Silva')],
      reminders: [followUp(reflection(3).id, 'Ask again')],
    });
    expect(after.reflections.map(({ asked }) => asked)).toEqual(['First', 'Second, changed', 'Third']);
    expect(after.people.map(({ name }) => name)).toEqual(['Tom Baker', 'Ana Silva']);
    expect(after.reminders).toHaveLength(1);
    expect(after.preparations).toEqual(before.preparations);
  });

  it('leaves out what the import moved to the Trash, as a fresh read of the journal would', () => {
    const deletedAt = NOW.toISOString();
    const after = withImported(before, {
      ...nothing,
      reflections: [reflection(1, { deletedAt })],
      preparations: [preparation(1, { deletedAt })],
    });
    expect(after.reflections.map(({ asked }) => asked)).toEqual(['Second']);
    expect(after.preparations).toEqual([]);
  });

  it('into an empty journal: what the import wrote, in its order, the Trash left out', () => {
    const deletedAt = NOW.toISOString();
    const after = withImported(emptySnapshot(), {
      ...nothing,
      reflections: [reflection(3), reflection(1, { deletedAt }), reflection(2)],
      people: [tom],
    });
    expect(after.reflections.map(({ id }) => id)).toEqual([reflection(3).id, reflection(2).id]);
    expect(after.people).toEqual([tom]);
  });

  it('changes nothing for an import that wrote nothing', () => {
    expect(withImported(before, nothing)).toEqual(before);
  });
});
