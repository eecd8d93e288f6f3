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

  it('survives a round trip as IndexedDB stores it, and keeps working afterwards', () => {
    const table = new FilterFieldTable();
    table.set('budget', budget);
    table.set('draft', draft);
    const loaded = FilterFieldTable.unpack(structuredClone(table.pack()));
    expect(loaded.size).toBe(2);
    expect(loaded.get('budget')).toEqual(budget);
    expect(loaded.get('draft')).toEqual(draft);
    expect(loaded.occurredAtOf('budget')).toBe('2026-03-02T09:30');
    expect(loaded.occurredAtOf('draft')).toBeNull();
    loaded.set('new', { ...budget, personIds: ['person-c', 'person-a'] });
    loaded.set('budget', { ...budget, starred: false });
    loaded.delete('draft');
    expect(loaded.size).toBe(2);
    expect(loaded.get('new')?.personIds).toEqual(['person-c', 'person-a']);
    expect(loaded.get('budget')?.starred).toBe(false);
    expect(loaded.get('draft')).toBeUndefined();
    const again = FilterFieldTable.unpack(structuredClone(loaded.pack()));
    expect(again.size).toBe(2);
    expect(again.get('budget')).toEqual({ ...budget, starred: false });
    expect(again.get('new')).toEqual({ ...budget, personIds: ['person-c', 'person-a'] });
  });

  it('packs an empty table and one whose only row has no date', () => {
    expect(FilterFieldTable.unpack(new FilterFieldTable().pack()).size).toBe(0);
    const one = new FilterFieldTable();
    one.set('draft', draft);
    expect(FilterFieldTable.unpack(one.pack()).get('draft')).toEqual(draft);
  });

  it('shares repeated words, so a large journal saves small', () => {
    const table = new FilterFieldTable();
    for (let i = 0; i < 100; i += 1) table.set(`r${i}`, budget);
    expect(table.pack().words).toHaveLength(8);
  });

  it('refuses a saved table in another format or with damaged rows', () => {
    const saved = () => {
      const table = new FilterFieldTable();
      table.set('budget', budget);
      table.set('draft', draft);
      return table.pack();
    };
    expect(() => FilterFieldTable.unpack(null)).toThrow(/not in a known format/);
    expect(() => FilterFieldTable.unpack({ format: 1, words: [], ids: [], rows: [] })).toThrow(
      /not in a known format/,
    );
    expect(() => FilterFieldTable.unpack({ ...saved(), scalars: [1, 2, 3] })).toThrow(
      /not in a known format/,
    );
    expect(() => FilterFieldTable.unpack({ ...saved(), occurredAt: '2026-03-02T09:30' })).toThrow(
      /a row for every reflection/,
    );
    expect(() => FilterFieldTable.unpack({ ...saved(), lists: saved().lists.slice(0, -1) })).toThrow(
      /damaged/,
    );
  });
});
