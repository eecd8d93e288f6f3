import { describe, expect, it } from 'vitest';
import { reflectionPassages, toSearchDocument } from '../../../../shared/search/searchDocument';
import { bestPassage } from '../../../../shared/search/toSearchHit';
import { LEA, PRIYA, peopleById, richReflection } from './searchFixtures';

describe('toSearchDocument', () => {
  it('flattens every typed text field into the searchable body', () => {
    const document = toSearchDocument(richReflection(), peopleById);
    expect(document.asked).toBe('Asked for the quarterly budget numbers before planning');
    for (const text of [
      'Finance closes the books',
      'forecast spreadsheet',
      'A quick yes.',
      'sign-off from her director',
      'director was travelling',
      'Ask earlier',
      'Book a slot',
      'thank-you note',
      'zeppelin launch figures',
    ]) {
      expect(document.body).toContain(text);
    }
  });

  it('leaves out answers that are option ids rather than typed words', () => {
    const document = toSearchDocument(richReflection(), peopleById);
    expect(document.body).not.toContain('better');
  });

  it('adds the names of the people involved and the tags as they were written', () => {
    const document = toSearchDocument(richReflection(), peopleById);
    expect(document.people.split('\n')).toEqual([PRIYA.name, LEA.name]);
    expect(document.body.split('\n').slice(-2)).toEqual(['Budget', 'finance']);
  });

  it('skips people who no longer exist instead of failing', () => {
    const document = toSearchDocument(richReflection(), new Map([[LEA.id, LEA]]));
    expect(document.people).toBe(LEA.name);
  });

  it('keeps the facts that filters need, with tags lower-cased and trash as a flag', () => {
    const document = toSearchDocument(richReflection({ deletedAt: '2026-03-15T10:00:00.000Z' }), peopleById);
    expect(document).toMatchObject({
      occurredAt: '2026-03-14T14:30',
      personIds: [PRIYA.id, LEA.id],
      principleIds: ['build-partnerships'],
      relationship: 'peer',
      outcome: 'partly-achieved',
      tags: ['budget', 'finance'],
      starred: true,
      status: 'draft',
      deleted: true,
    });
  });
});

describe('reflectionPassages', () => {
  it('names each passage the way the form does and drops empty ones', () => {
    const passages = reflectionPassages(richReflection({ expected: '   ' }));
    const labels = passages.map((passage) => passage.label);
    expect(labels).toContain('What happened?');
    expect(labels).toContain('Build partnerships notes');
    expect(labels).toContain('What will we do together next?');
    expect(labels).toContain('Next step');
    expect(labels).not.toContain('What did you expect to happen?');
    expect(labels).not.toContain('Empowered adults notes');
  });

  it('marks the notes of a principle with its id, so the page can show the name the person gave it', () => {
    const custom = '019ce0a2-5d40-7000-8000-00000000abcd';
    const reflection = richReflection({
      principles: {
        [custom]: { applied: true, rating: 3, notes: 'Opened with the zeppelin chart', checks: {} },
      },
    });
    const passage = reflectionPassages(reflection).find(({ key }) => key === `principle:${custom}`);
    expect(passage).toMatchObject({ label: 'Principle notes', principleId: custom });
    expect(bestPassage(reflection, ['zeppelin'])).toMatchObject({ principleId: custom });
    expect(bestPassage(reflection, ['director'])).not.toHaveProperty('principleId');
  });
});
