import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createJournalDataRepository } from '../../../../renderer/db/repositories/journalDataRepository';
import { partBounds, readJournalInParts } from '../../../../renderer/db/repositories/journalReadInParts';
import { exportJournal } from '../../../../renderer/features/data/exportJournal';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { dana, launchReflections } from './generatedReflections';
import { readBlobText } from './readBlob';

let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('export-journal'));
});

afterEach(async () => {
  await deleteFreshJournal(db);
});

const reflections = launchReflections;

const now = new Date('2026-03-14T13:30:00.000Z');
const context = {
  appVersion: '1.2.3',
  journalId: '019ce0a2-5d40-7a1b-8c3d-00000000beef',
  now,
  timeZone: 'Europe/London',
  passphrase: null,
  markdownLayout: 'document' as const,
};

describe('exportJournal', () => {
  it('reads every stored reflection once, in parts, the Trash included, in one go of the caller', async () => {
    const all = reflections(11);
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport(all);
    const parts: number[] = [];
    const seen: string[] = [];
    await readJournalInParts(
      db,
      (around) => {
        expect(around.people.map(({ name }) => name)).toEqual(['Dana Fox']);
        return (part) => {
          parts.push(part.length);
          seen.push(...part.map(({ id }) => id));
        };
      },
      4,
    );
    expect(parts).toEqual([4, 4, 3]);
    expect(seen).toEqual(all.map(({ id }) => id).sort());
  });

  it('asks for the next two parts before the caller works on one, each part once and in order', async () => {
    const all = reflections(11);
    await journal.reflections.bulkImport(all);
    const ranges = vi.spyOn(db.reflections, 'where');
    const askedWhenTaken: number[] = [];
    const seen: string[] = [];
    await readJournalInParts(
      db,
      () => (part) => {
        askedWhenTaken.push(ranges.mock.calls.length);
        seen.push(...part.map(({ id }) => id));
      },
      2,
    );
    // Six parts: the first asked for with the keys, the five others as key ranges, two ahead.
    expect(askedWhenTaken).toEqual([2, 3, 4, 5, 5, 5]);
    expect(seen).toEqual(all.map(({ id }) => id).sort());
    ranges.mockRestore();
  });

  it('reads an empty journal as no part at all', async () => {
    const parts: number[] = [];
    await readJournalInParts(db, () => (part) => parts.push(part.length), 3);
    expect(parts).toEqual([0]);
  });

  it('writes the file the whole-journal export wrote, and leaves the Trash out', async () => {
    const all = reflections(5);
    await journal.people.bulkImport([dana]);
    const [last] = all.slice(4);
    await journal.reflections.bulkImport([
      ...all.slice(0, 4),
      ...(last ? [{ ...last, deletedAt: now.toISOString() }] : []),
    ]);
    const options = { ...defaultExportOptions, includePrivate: true };
    const file = await exportJournal(db, { kind: 'json', options, context, reminders: [] });
    const snapshot = { ...(await createJournalDataRepository(journal).readSnapshot()), reminders: [] };
    const expected = serializeJournalExport(
      buildJsonExport(snapshot, { ...context, options, exportedAt: now.toISOString() }),
    );
    // A Blob, so that it reaches the page without its bytes being copied there.
    expect(file.data).toBeInstanceOf(Blob);
    expect((file.data as Blob).type).toBe('application/json');
    expect(await readBlobText(file.data)).toBe(expected);
    expect(file.reflectionCount).toBe(4);
    expect(file.suggestedName).toBe('influence-journal-2026-03-14.json');
  });

  it('builds CSV from the same read, the Trash left out', async () => {
    const all = reflections(3);
    await journal.people.bulkImport([dana]);
    const [last] = all.slice(2);
    await journal.reflections.bulkImport([
      ...all.slice(0, 2),
      ...(last ? [{ ...last, deletedAt: now.toISOString() }] : []),
    ]);
    const file = await exportJournal(db, {
      kind: 'csv',
      options: defaultExportOptions,
      context,
      reminders: [],
    });
    expect(file.reflectionCount).toBe(2);
    expect(String(file.data)).toContain('Figures for launch 2');
    expect(String(file.data)).not.toContain('Figures for launch 3');
  });
});

describe('partBounds', () => {
  it('gives the first and last key of each run, the last run shorter', () => {
    expect(partBounds(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'e'],
    ]);
    expect(partBounds([], 2)).toEqual([]);
  });
});
