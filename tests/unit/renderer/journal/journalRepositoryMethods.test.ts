import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, reflectionAt, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

describe('reflection repository methods for the journal pages', () => {
  it('reads an active range of rows newest first, lower bound included, upper excluded', async () => {
    const { reflections } = test.journal;
    const rows = [
      '2026-03-01T10:00:00Z',
      '2026-03-02T10:00:00Z',
      '2026-03-03T10:00:00Z',
      '2026-03-04T10:00:00Z',
    ].map((iso) => reflectionAt(iso));
    await reflections.bulkImport(rows);
    await reflections.moveToTrash(rows[2]?.id ?? '');
    const lower = Date.parse('2026-03-02T10:00:00Z');
    const upper = Date.parse('2026-03-04T10:00:00Z');
    const found = await reflections.rowsInSortKeyRange(lower, upper);
    expect(found.map(({ id }) => id)).toEqual([rows[1]?.id]);
    expect(await reflections.rowsInSortKeyRange(-Infinity, Infinity)).toHaveLength(3);
  });

  it('fills a page of newest rows past any number of rows in the Trash, ties in key order', async () => {
    const { reflections } = test.journal;
    const same = '2026-03-05T10:00:00Z';
    const rows = [
      ...Array.from({ length: 9 }, (_, day) => reflectionAt(`2026-02-1${day}T10:00:00Z`)),
      reflectionAt(same, { id: '019ca000-0000-7000-8000-00000000000a' }),
      reflectionAt(same, { id: '019ca000-0000-7000-8000-00000000000b' }),
    ];
    await reflections.bulkImport(rows);
    // The five newest by sortKey go to the Trash: a page of three must reach past them.
    const newestFirst = [...rows].reverse();
    for (const row of newestFirst.slice(0, 5)) await reflections.moveToTrash(row.id);
    const page = await reflections.newestRows(3);
    expect(page.map(({ id }) => id)).toEqual(newestFirst.slice(5, 8).map(({ id }) => id));
    const rest = await reflections.newestRows(10, page.at(-1)?.sortKey);
    expect(rest.map(({ id }) => id)).toEqual(newestFirst.slice(8).map(({ id }) => id));
    // Rows sharing a sortKey come newest id first, as the index orders them read backwards.
    await reflections.restore(rows[10]?.id ?? '');
    await reflections.restore(rows[9]?.id ?? '');
    expect((await reflections.newestRows(2)).map(({ id }) => id)).toEqual([rows[10]?.id, rows[9]?.id]);
    expect(
      (await reflections.rowsInSortKeyRange(-Infinity, Infinity)).slice(0, 2).map(({ id }) => id),
    ).toEqual([rows[10]?.id, rows[9]?.id]);
  });

  it('reads only drafts, a bounded page at a time', async () => {
    const { reflections } = test.journal;
    await reflections.bulkImport([
      reflectionAt('2026-03-01T10:00:00Z', { status: 'draft', asked: 'oldest draft' }),
      reflectionAt('2026-03-02T10:00:00Z'),
      reflectionAt('2026-03-03T10:00:00Z', { status: 'draft', asked: 'newer draft' }),
      reflectionAt('2026-03-04T10:00:00Z', { status: 'draft', asked: 'newest draft' }),
    ]);
    const first = await reflections.newestDraftRows(2);
    expect(first.map(({ askedPreview }) => askedPreview)).toEqual(['newest draft', 'newer draft']);
    const next = await reflections.newestDraftRows(2, first.at(-1)?.sortKey);
    expect(next.map(({ askedPreview }) => askedPreview)).toEqual(['oldest draft']);
    expect(await reflections.rowsInSortKeyRange(-Infinity, Infinity, 'draft')).toHaveLength(3);
  });

  it('gets many reflections by id, skipping missing ones', async () => {
    const { reflections } = test.journal;
    const one = reflectionAt('2026-03-01T10:00:00Z');
    await reflections.bulkImport([one]);
    const found = await reflections.getMany([one.id, '019ce0a2-5d40-7000-8000-00000000dead']);
    expect(found.map(({ id }) => id)).toEqual([one.id]);
  });

  it('summarizes one person from their own rows: a count without the Trash and the newest few in full', async () => {
    const { reflections, people } = test.journal;
    const dana = await people.add('Dana Fox');
    const lee = await people.add('Lee Park');
    const danas = [
      '2026-03-01T10:00:00Z',
      '2026-03-02T10:00:00Z',
      '2026-03-03T10:00:00Z',
      '2026-03-04T10:00:00Z',
    ].map((iso) => reflectionAt(iso, { personIds: [dana.id] }));
    await reflections.bulkImport([...danas, reflectionAt('2026-03-05T10:00:00Z', { personIds: [lee.id] })]);
    await reflections.moveToTrash(danas[3]?.id ?? '');
    const overview = await reflections.personOverview(dana.id, 2);
    expect(overview.count).toBe(3);
    expect(overview.recent.map(({ id }) => id)).toEqual([danas[2]?.id, danas[1]?.id]);
    expect((await reflections.personOverview(lee.id, 2)).count).toBe(1);
  });

  it('deletes a reflection in the Trash forever, queueing a search delete in the same transaction', async () => {
    const { reflections } = test.journal;
    const one = reflectionAt('2026-03-01T10:00:00Z');
    await reflections.bulkImport([one]);
    await expect(reflections.deleteForever(one.id)).rejects.toThrow(/Only reflections in the Trash/);
    await reflections.moveToTrash(one.id);
    expect((await reflections.trash()).map(({ id }) => id)).toEqual([one.id]);
    await reflections.deleteForever(one.id);
    expect(await reflections.get(one.id)).toBeUndefined();
    expect(await reflections.trash()).toEqual([]);
    const changes = await test.db.searchChanges.toArray();
    expect(changes.at(-1)).toMatchObject({ reflectionId: one.id, kind: 'delete' });
    await expect(reflections.deleteForever(one.id)).rejects.toThrow(/no longer exists/);
  });
});
