import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../../../../shared/data/pseudonymise';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { customPrinciple, emptySnapshot, followUp, person, personIds, reflection } from './exportFixtures';

const tom = person(personIds.tom, 'Tom Baker', { role: 'Head of Tom Baker Ltd', notes: "Tom's team" });
const ana = person(personIds.ana, 'Ana Ruiz');
const tess = person(personIds.tess, 'Tess Bell');

function textOf(text: string, people = [tom, ana, tess], mode: 'initials' | 'labels' = 'initials') {
  const snapshot = emptySnapshot({ people, reflections: [reflection(1, { context: text })] });
  return pseudonymise(snapshot, mode).reflections[0]?.context;
}

describe('pseudonymise: the pseudonyms', () => {
  it('gives initials, adding a digit where two people share them, in id order', () => {
    const result = pseudonymise(emptySnapshot({ people: [tess, ana, tom] }), 'initials');
    expect(result.people.map(({ name }) => name)).toEqual(['T.B.2', 'A.R.', 'T.B.']);
  });

  it('gives labels in id order, going on to two letters after Z', () => {
    const many = Array.from({ length: 28 }, (_, index) =>
      person(`019ce0a2-5d40-7a1b-8c3d-${String(index).padStart(12, '0')}`, `Someone ${index}`),
    );
    const names = pseudonymise(emptySnapshot({ people: many.reverse() }), 'labels').people.map(
      ({ name }) => name,
    );
    expect(names.slice(-3)).toEqual(['Person C', 'Person B', 'Person A']);
    expect(names.slice(0, 3)).toEqual(['Person AB', 'Person AA', 'Person Z']);
  });

  it('keeps role and team text but hides the names inside them and in notes', () => {
    const [hidden] = pseudonymise(emptySnapshot({ people: [tom] }), 'initials').people;
    expect(hidden).toMatchObject({ name: 'T.B.', role: 'Head of T.B. Ltd', notes: "T.B.'s team" });
  });
});

describe('pseudonymise: names typed in free text', () => {
  it('replaces the full name and each part, whole words only, ignoring case, with possessives', () => {
    expect(textOf("Tom Baker said yes; TOM's boss and baker's mate agreed, tom\nbaker too.")).toBe(
      "T.B. said yes; T.B.'s boss and T.B.'s mate agreed, T.B. too.",
    );
    expect(textOf('Tomorrow the anatomy of a bakery; Tommy and Anais.')).toBe(
      'Tomorrow the anatomy of a bakery; Tommy and Anais.',
    );
  });

  it('finds names written with accents, in other cases and in decomposed form', () => {
    const zoe = person(personIds.zoe, 'Zoë Ångström');
    expect(textOf('ZOË and ångström, and Zoe\u0308 Ångstro\u0308m.', [zoe])).toBe('Z.Å. and Z.Å., and Z.Å..');
  });

  it('finds names in scripts written without spaces', () => {
    const wang = person(personIds.zoe, '王小明');
    expect(textOf('我和王小明谈了预算', [wang])).toBe('我和王.谈了预算');
  });

  it('gives a shared first name to the person the reflection is about', () => {
    const tomClark = person(personIds.zoe, 'Tom Clark');
    const snapshot = emptySnapshot({
      people: [tom, tomClark],
      reflections: [
        reflection(1, { personIds: [personIds.zoe], asked: 'Tom agreed' }),
        reflection(2, { personIds: [], asked: 'Tom agreed' }),
      ],
    });
    const [withClark, withNobody] = pseudonymise(snapshot, 'initials').reflections;
    expect(withClark?.asked).toBe('T.C. agreed');
    expect(withNobody?.asked).toBe('T.B. agreed');
  });

  it('hides people outside the snapshot when they are named', () => {
    const snapshot = emptySnapshot({
      people: [tom],
      reflections: [reflection(1, { learned: 'Ask Ana first' })],
    });
    const result = pseudonymise(snapshot, 'labels', [tom, ana]);
    expect(result.reflections[0]?.learned).toBe('Ask Person B first');
    expect(result.people.map(({ name }) => name)).toEqual(['Person A']);
  });

  it('reaches every free-text field, tags, follow-ups and custom principles', () => {
    const typed = reflection(1, {
      personIds: [personIds.tom],
      asked: 'Tom',
      context: 'Tom',
      approach: 'Tom',
      expected: 'Tom',
      actual: 'Tom',
      whyDifferent: 'Tom',
      learned: 'Tom',
      nextStep: { text: 'Call Tom', followUpAt: null, timeZone: 'UTC' },
      tags: ['Tom', 'tom baker', 'budget'],
      principles: {
        'negotiate-dont-manipulate': {
          applied: true,
          rating: 3,
          notes: 'Tom',
          checks: {
            'their-interests': 'Tom needed time',
            'tactics-used': ['shared-data'],
            'a-future-check': ['Tom'],
          },
        },
      },
    });
    const snapshot = emptySnapshot({
      people: [tom],
      reflections: [typed],
      reminders: [{ ...followUp(typed.id, 'Call Tom'), body: 'About Baker' }],
      principleSettings: [
        { ...customPrinciple, title: 'Ask Tom', description: 'Like Tom does', prompts: ['Tom?'] },
        { kind: 'override', principleId: 'empowered-adults', title: 'Tom way' },
      ],
    });
    const result = pseudonymise(snapshot, 'initials');
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/(?<!\p{L})(tom|baker)(?!\p{L})/iu);
    expect(result.reflections[0]?.tags).toEqual(['T.B.', 'budget']);
    expect(result.reflections[0]?.principles['negotiate-dont-manipulate']?.checks).toEqual({
      'their-interests': 'T.B. needed time',
      'tactics-used': ['shared-data'],
      'a-future-check': ['T.B.'],
    });
    expect(result.reminders[0]).toMatchObject({ title: 'Call T.B.', body: 'About T.B.' });
  });
});

describe('pseudonymise: a generated journal', () => {
  it('leaves no name part as a word anywhere in the snapshot', () => {
    const journal = generateJournal({
      seed: 7,
      reflections: 200,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      timeZone: 'Europe/Berlin',
    });
    const snapshot = emptySnapshot({ people: journal.people, reflections: journal.reflections });
    const before = JSON.stringify(snapshot);
    const after = JSON.stringify(pseudonymise(snapshot, 'labels'));
    const parts = new Set(journal.people.flatMap(({ name }) => name.split(' ')));
    const asWord = (part: string) => new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'iu');
    expect([...parts].filter((part) => asWord(part).test(before)).length).toBeGreaterThan(10);
    expect([...parts].filter((part) => asWord(part).test(after))).toEqual([]);
  });
});
