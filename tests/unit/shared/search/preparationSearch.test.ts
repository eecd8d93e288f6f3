import { describe, expect, it } from 'vitest';
import {
  PreparationSearch,
  toPreparationSearchDocument,
  toPreparationSearchHit,
} from '../../../../shared/search/preparationSearch';
import { preparation } from '../data/exportFixtures';

const TOM = '019ce0a2-5d40-7a1b-8c3d-000000000001';
const people = new Map([[TOM, { name: 'Tom Baker' }]]);

const plan = preparation(1, {
  status: 'ready',
  personIds: [TOM],
  plannedAt: '2026-03-14T09:30',
  goal: 'Two more days for the review',
  principles: {
    'sphere-of-influence': { notes: 'We both want the launch to hold' },
    'build-partnerships': { notes: '  ' },
  },
  objections: 'The date is fixed',
  opening: 'Thanks for making time',
});

describe('preparations in search', () => {
  it('indexes the goal as the request, the people by name, and every other text in the body', () => {
    expect(toPreparationSearchDocument(plan, people)).toMatchObject({
      id: plan.id,
      asked: 'Two more days for the review',
      people: 'Tom Baker',
      body: 'We both want the launch to hold\nThe date is fixed\nThanks for making time',
      occurredAt: '2026-03-14T09:30',
      // Only principles with a plan written count for the principle filter.
      principleIds: ['sphere-of-influence'],
      outcome: null,
      starred: false,
    });
  });

  it('describes a hit as a preparation, with the principle plan that matched', () => {
    const hit = toPreparationSearchHit(plan, people, ['launch']);
    expect(hit).toMatchObject({ id: plan.id, kind: 'preparation', status: 'ready' });
    expect(hit.passage).toMatchObject({
      label: 'Sphere of influence plan',
      principleId: 'sphere-of-influence',
    });
  });

  it('finds plans by word and by filter, never from the Trash, and rebuilds only when something changed', () => {
    const search = new PreparationSearch();
    const trashed = preparation(2, { goal: 'Review in the Trash', deletedAt: '2026-03-15T10:00:00.000Z' });
    expect(search.replaceAll([plan, trashed], people)).toBe(true);
    expect(search.replaceAll([plan, trashed], people)).toBe(false);
    expect(search.search(['review'], {}).map(({ id }) => id)).toEqual([plan.id]);
    expect(search.search(['baker'], {}).map(({ id }) => id)).toEqual([plan.id]);
    expect(search.search([], { personId: TOM }).map(({ id }) => id)).toEqual([plan.id]);
    expect(search.search(['review'], { to: '2026-03-13' })).toEqual([]);
    expect(search.search(['review'], { tag: 'launch' })).toEqual([]);

    // A renamed person changes what the plan is found by.
    expect(search.replaceAll([plan, trashed], new Map([[TOM, { name: 'Tom Okafor' }]]))).toBe(true);
    expect(search.search(['okafor'], {}).map(({ id }) => id)).toEqual([plan.id]);
    expect(search.replaceAll([{ ...plan, revision: plan.revision + 1, goal: 'Other' }], people)).toBe(true);
    expect(search.search(['review'], {})).toEqual([]);
  });
});
