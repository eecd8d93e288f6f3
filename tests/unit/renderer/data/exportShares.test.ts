import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import { decryptEnvelope } from '../../../../shared/data/passphraseEnvelope';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { exportJournal, type ExportSharing } from '../../../../renderer/features/data/exportJournal';
import {
  EXPORT_SHARES,
  SHARE_MIN_CORES,
  sharesOn,
  startShareHere,
  type StartShareRunner,
} from '../../../../renderer/features/data/exportShares';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { followUp, person, personIds, preparation } from '../../shared/data/exportFixtures';
import { dana, launchReflections } from './generatedReflections';
import { readBlobText } from './readBlob';

let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('export-shares'));
});

afterEach(async () => {
  await deleteFreshJournal(db);
});

const now = new Date('2026-03-14T13:30:00.000Z');
const context = {
  appVersion: '1.2.3',
  journalId: '019ce0a2-5d40-7a1b-8c3d-00000000beef',
  now,
  timeZone: 'Europe/London',
  passphrase: null,
  markdownLayout: 'document' as const,
};
const everything = { ...defaultExportOptions, includePrivate: true };
const zoe = person(personIds.zoe, 'Zoe Hart');

/** One worker, one transaction: the file every shared export must equal. */
const alone: ExportSharing = { start: startShareHere, shares: 0, partSize: 2 };
/** Parts of two reflections, shared even for a small journal, each share read on a connection of its own. */
const shared = (shares: number, start: StartShareRunner = startShareHere): ExportSharing => ({
  start,
  shares,
  partSize: 2,
  minimum: 1,
  holdOpenMs: 1_000,
});

/**
 * `count` reflections with Dana, one in the Trash, one private; the second-to-last also with Zoe,
 * who is in no other reflection, so she is only ever read by the last share. A plan linked to the
 * private one and one to the last share's, and a follow-up of that one.
 */
async function seed(count: number): Promise<Reflection[]> {
  const all = launchReflections(count).map((reflection, index) =>
    index === 3
      ? { ...reflection, deletedAt: now.toISOString() }
      : index === 5
        ? { ...reflection, isPrivate: true }
        : index === count - 2
          ? { ...reflection, personIds: [dana.id, zoe.id] }
          : reflection,
  );
  await journal.people.bulkImport([dana, zoe]);
  await journal.reflections.bulkImport(all);
  const linked = [all[5], all[count - 2]].flatMap((reflection) => (reflection ? [reflection] : []));
  await db.preparations.bulkPut(
    linked.map((reflection, index) =>
      preparation(index + 1, { reflectionId: reflection.id, personIds: [...reflection.personIds] }),
    ),
  );
  return all;
}

async function fileText(options: ExportOptions, sharing: ExportSharing, reminders = []): Promise<string> {
  const file = await exportJournal(db, { kind: 'json', options, context, reminders }, sharing);
  return readBlobText(file.data);
}

describe('a JSON export read and written in shares', () => {
  it.each([
    [23, 1],
    [24, 1],
    [23, 2],
    [7, 1],
  ])('writes the same bytes as one worker: %i reflections, %i other worker(s)', async (count, shares) => {
    const all = await seed(count);
    const reminders = [followUp(all[count - 2]?.id ?? '', 'Ask Zoe again')];
    const expected = await fileText(everything, alone, reminders as never);
    expect(await fileText(everything, shared(shares), reminders as never)).toBe(expected);
    // Zoe is in the file's people only because the last share handed back who its reflections are with.
    expect(expected).toContain('"name": "Zoe Hart"');
    expect(expected).toContain('Ask Zoe again');
  });

  it('writes the same bytes for choices that filter the journal', async () => {
    await seed(23);
    const choices: ExportOptions[] = [
      defaultExportOptions,
      { ...everything, personIds: [zoe.id] },
      { ...everything, from: '2026-01-01', to: '2026-01-01', tags: null },
      { ...defaultExportOptions, from: '2030-01-01' },
    ];
    for (const options of choices) {
      expect(await fileText(options, shared(1))).toBe(await fileText(options, alone));
    }
    const onlyZoe = await fileText({ ...everything, personIds: [zoe.id] }, shared(1));
    expect(onlyZoe).toContain('"name": "Zoe Hart"');
    expect(onlyZoe).not.toContain('"name": "Dana Fox"\n');
  });

  it('writes an empty journal as one worker does, and never starts reading a share for it', async () => {
    const start = vi.fn(startShareHere);
    const expected = await fileText(everything, alone);
    expect(await fileText(everything, shared(1, start))).toBe(expected);
    expect(expected).toContain('"reflections": []');
  });

  it(
    'writes the same encrypted file as one worker, the shares written as text',
    { timeout: 30_000 },
    async () => {
      await seed(13);
      const request = (sharing: ExportSharing) =>
        exportJournal(
          db,
          {
            kind: 'json',
            options: everything,
            context: { ...context, passphrase: 'a long phrase' },
            reminders: [],
          },
          sharing,
        );
      const open = async (data: unknown) => decryptEnvelope(JSON.parse(String(data)), 'a long phrase');
      expect(await open((await request(shared(1))).data)).toBe(await open((await request(alone)).data));
    },
  );

  it('keeps to one transaction of its own when the shares begin while it reads', async () => {
    await seed(23);
    const expected = await fileText(everything, alone);
    const transactions = vi.spyOn(db, 'transaction');
    const file = await exportJournal(
      db,
      { kind: 'json', options: everything, context, reminders: [] },
      shared(1),
    );
    expect(await readBlobText(file.data)).toBe(expected);
    // Not made again with one worker: the journal was read once on this connection.
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(file.againMs).toBe(0);
    expect(file.sharesWaitMs).toBeGreaterThanOrEqual(0);
  });

  it('holds its transaction open for a share still starting, rather than reading the journal again', async () => {
    await seed(23);
    const expected = await fileText(everything, alone);
    // The share's worker takes a while to start: its read begins well after this one's last part.
    const late: StartShareRunner = (name) => {
      const runner = startShareHere(name);
      return {
        run: (job, started) =>
          new Promise((resolve) => setTimeout(resolve, 150)).then(() => runner.run(job, started)),
        stop: () => runner.stop(),
      };
    };
    const transactions = vi.spyOn(db, 'transaction');
    const file = await exportJournal(
      db,
      { kind: 'json', options: everything, context, reminders: [] },
      shared(1, late),
    );
    expect(await readBlobText(file.data)).toBe(expected);
    expect(file.againMs).toBe(0);
    expect(transactions).toHaveBeenCalledTimes(1);
  });

  it("never mixes two moments: a write between its reads and a share's makes it again as one moment", async () => {
    const all = await seed(23);
    const edited = all[20] as Reflection;
    // A person added and a reflection of the last share edited to be with her, in one write
    // issued after the export's transaction began and before the share's did.
    const ben = person('019ce0a2-5d40-7a1b-8c3d-000000000099', 'Ben Ames');
    let written: Promise<unknown> = Promise.resolve();
    const writeBetween: StartShareRunner = (name) => {
      const runner = startShareHere(name);
      return {
        run: (job, started) => {
          // Outside the export's read transaction, as another window's save would be.
          written = Dexie.ignoreTransaction(() =>
            db.transaction('rw', db.people, db.reflections, async () => {
              await db.people.put({ ...ben, nameKey: 'ben ames' } as never);
              await db.reflections.put({ ...edited, personIds: [ben.id], asked: 'Edited during the export' });
            }),
          );
          return runner.run(job, started);
        },
        stop: () => runner.stop(),
      };
    };
    const made = await exportJournal(
      db,
      { kind: 'json', options: everything, context, reminders: [] },
      shared(1, writeBetween),
    );
    const file = await readBlobText(made.data);
    await written;
    expect(made.againMs).toBeGreaterThan(0);
    // The file is the journal after the write, as one worker reads it now: never half of each.
    expect(file).toBe(await fileText(everything, alone));
    expect(file).toContain('Edited during the export');
    expect(file).toContain('"name": "Ben Ames"');
    expect(file.match(new RegExp(edited.id, 'g'))).toHaveLength(1);
  });

  it('reports a share that fails once, stops the other share and its own reads at once, and makes no file', async () => {
    await seed(23);
    let stopped = 0;
    const runners: StartShareRunner[] = [
      // The second share fails as soon as it starts; the third would read until it is stopped.
      () => ({ run: () => Promise.reject(new Error('The disk could not be read.')), stop: () => undefined }),
      () => {
        let stop = () => undefined as void;
        return {
          run: () => new Promise((_, reject) => (stop = () => reject(new Error('Stopped.')))),
          stop: () => {
            stopped += 1;
            stop();
          },
        };
      },
    ];
    let made = 0;
    const start: StartShareRunner = (name) => (runners[made++] ?? startShareHere)(name);
    const ranges = vi.spyOn(db.reflections, 'where');
    await expect(fileText(everything, shared(2, start))).rejects.toThrow(/^The disk could not be read\.$/);
    expect(stopped).toBeGreaterThanOrEqual(1);
    // Its own share is four parts, three of them range reads: it stopped at its first part, with
    // only the two asked for ahead of it.
    expect(ranges.mock.calls.length).toBeLessThan(3);
  });

  it('names a reflection of a share that does not fit by its place in the whole file', async () => {
    const all = await seed(23);
    const bad = { ...(all[19] as Reflection), asked: 42 } as unknown as Reflection;
    await db.reflections.put(bad);
    const failure = (sharing: ExportSharing) =>
      fileText(everything, sharing).then(
        () => 'made',
        (error: Error) => error.message,
      );
    const expected = await failure(alone);
    // The Trash's reflection (4th) is not written, so the 20th stored is the 19th in the file.
    expect(expected).toMatch(
      new RegExp(`^The export could not be made\\. Reflection 19 \\(${bad.id}\\), asked: `),
    );
    expect(await failure(shared(1))).toBe(expected);
  });
});

describe('how many other workers share an export', () => {
  it('shares only on a machine with at least four logical cores', () => {
    expect(sharesOn(2)).toBe(0);
    expect(sharesOn(3)).toBe(0);
    expect(sharesOn(SHARE_MIN_CORES)).toBe(EXPORT_SHARES);
    expect(sharesOn(16)).toBe(EXPORT_SHARES);
    expect(EXPORT_SHARES).toBeGreaterThan(0);
  });

  it('does not share when the number of cores is not known', () => {
    expect(sharesOn(undefined)).toBe(0);
  });
});
