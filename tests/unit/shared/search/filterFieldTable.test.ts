import { describe, expect, it } from 'vitest';
import { FilterFieldTable } from '../../../../shared/search/filterFieldTable';
import type { SearchFilterFields } from '../../../../shared/search/searchDocument';

const budget: SearchFilterFields = {
  occurredAt: '2026-03-02T09:30',
  personIds: ['person-a', 'person-b'],
  principleIds: ['empowered-adults', 'build-partnerships'],
  relationship: 'peer',
  outcome: 'partly-achieved',
  tags: ['budget', 'q3'],
  starred: true,
  status: 'complete',
  deleted: false,
};

const draft: SearchFilterFields = {
  occurredAt: null,
  personIds: ['person-a'],
  principleIds: [],
  relationship: null,
  outcome: null,
  tags: [],
  starred: false,
  status: 'draft',
  deleted: true,
};

describe('FilterFieldTable', () => {
  it('gives back exactly the facts it was given', () => {
    const table = new FilterFieldTable();
    table.set('budget', budget);
    table.set('draft', draft);
    expect(table.get('budget')).toEqual(budget);
    expect(table.get('draft')).toEqual(draft);
    expect(table.occurredAtOf('budget')).toBe('2026-03-02T09:30');
    expect(table.occurredAtOf('draft')).toBeNull();
    expect(table.get('missing')).toBeUndefined();
  });

  it('replaces and deletes rows', () => {
    const table = new FilterFieldTable();
    table.set('budget', budget);
    table.set('budget', { ...budget, starred: false, tags: ['hiring'] });
    expect(table.get('budget')).toMatchObject({ starred: false, tags: ['hiring'] });
    table.delete('budget');
    expect(table.size).toBe(0);
    expect(table.get('budget')).toBeUndefined();
  });

  it('survives a round trip through JSON and keeps working afterwards', () => {
    const table = new FilterFieldTable();
    table.set('budget', budget);
    table.set('draft', draft);
    const loaded = FilterFieldTable.fromJSON(JSON.parse(JSON.stringify(table)));
    expect(loaded.size).toBe(2);
    expect(loaded.get('budget')).toEqual(budget);
    loaded.set('new', { ...budget, personIds: ['person-c', 'person-a'] });
    expect(loaded.get('new')?.personIds).toEqual(['person-c', 'person-a']);
    expect(loaded.get('draft')).toEqual(draft);
  });

  it('shares repeated words, so a large journal saves small', () => {
    const table = new FilterFieldTable();
    for (let i = 0; i < 100; i += 1) table.set(`r${i}`, budget);
    expect(table.toJSON().words).toHaveLength(8);
  });

  it('refuses a saved table in another format or with damaged rows', () => {
    expect(() => FilterFieldTable.fromJSON(null)).toThrow(/not in a known format/);
    expect(() => FilterFieldTable.fromJSON({ format: 2, words: [], ids: [], rows: [] })).toThrow(
      /not in a known format/,
    );
    expect(() => FilterFieldTable.fromJSON({ format: 1, words: [], ids: ['a'], rows: [] })).toThrow(
      /not in a known format/,
    );
    expect(() => FilterFieldTable.fromJSON({ format: 1, words: [], ids: ['a'], rows: [[1, 2]] })).toThrow(
      /damaged/,
    );
  });
});
