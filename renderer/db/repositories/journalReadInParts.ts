import type { Person } from '../../../shared/domain/personSchema';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { PrincipleSetting } from '../../../shared/domain/principles';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { JournalDatabase } from '../JournalDatabase';
import { PRINCIPLE_SETTINGS_KEY } from './principleSettingsRepository';
import { parseStoredPrincipleSettings } from './storedPrincipleSettings';

/** Everything of a journal but its reflections, as an export needs it before the reflections come. */
export interface JournalAroundReflections {
  readonly people: Person[];
  readonly preparations: Preparation[];
  readonly principleSettings: PrincipleSetting[];
}

/**
 * How many reflections one request reads. A worker reading for an export is not the page, so a
 * part may be large: fewer requests, each a range read of the primary key.
 */
export const READ_PART_SIZE = 2_000;

/**
 * How many part reads are asked for ahead of the part being worked on. With one, IndexedDB sat
 * idle while the worker turned the part that had come into objects and then built it: the next
 * read could only be asked for once the previous one had come, since it starts after that part's
 * last key. Knowing every part's keys first, two can wait in IndexedDB's queue, so it always has one
 * to read while the worker builds.
 */
export const READS_AHEAD = 2;

/** Where the time of a read went: waiting for IndexedDB, and the caller's own work on each part. */
export interface ReadTimes {
  readonly waitingMs: number;
  readonly workingMs: number;
}

/** The first and last key of each run of `partSize` keys (keys in order). */
export function partBounds(keys: readonly string[], partSize: number): [string, string][] {
  const bounds: [string, string][] = [];
  for (let start = 0; start < keys.length; start += partSize) {
    const first = keys[start];
    const last = keys[Math.min(start + partSize, keys.length) - 1];
    if (first !== undefined && last !== undefined) bounds.push([first, last]);
  }
  return bounds;
}

/**
 * A read that keeps only the first keys and leaves the rest to reads elsewhere (exportShares.ts:
 * other workers' shares of the journal).
 */
export interface ReadHandOff {
  /** Given every key in order, how many from the first this read keeps (at least one part's). */
  keep(keys: readonly string[]): number;
  /** Whether this read's transaction should stay open a little longer (a share has yet to begin). */
  waiting(): boolean;
  /** How long, at most, this read's transaction stays open after its last part while `waiting`. */
  readonly holdOpenMs: number;
  /** Called once this read is done, its transaction still open. */
  lastPart(): void;
}

/** Requests `first` and the later ranges, `readsAhead` always asked for ahead of the part worked on. */
async function readAhead(
  first: Promise<Reflection[]>,
  later: [string, string][],
  readRange: (range: [string, string]) => Promise<Reflection[]>,
  takePart: (part: Reflection[]) => void,
  readsAhead: number,
  afterLast: () => Promise<void> = async () => undefined,
): Promise<ReadTimes> {
  let waitingMs = 0;
  let workingMs = 0;
  let waitingFrom = performance.now();
  const asked: Promise<Reflection[]>[] = [first];
  for (;;) {
    // The part worked on next, and `readsAhead` more already asked for behind it.
    while (asked.length <= readsAhead) {
      const range = later.shift();
      if (range === undefined) break;
      asked.push(readRange(range));
    }
    const reading = asked.shift();
    if (reading === undefined) {
      // Called at once after the last part, so a request it makes is made while the transaction is open.
      await afterLast();
      return { waitingMs, workingMs };
    }
    const part = await reading;
    const workingFrom = performance.now();
    waitingMs += workingFrom - waitingFrom;
    takePart(part);
    waitingFrom = performance.now();
    workingMs += waitingFrom - workingFrom;
  }
}

/**
 * Reads a journal as of one moment, in one read transaction: people, plans and principle settings
 * first (`begin` gets them, and returns what takes the reflections), then every stored reflection
 * (the Trash included) in primary-key order, `partSize` at a time. The first part is asked for at
 * once, and every key beside it (keys only, so each later part is a range read known in advance);
 * `readsAhead` parts are always asked for before the caller works on the one that came, so
 * IndexedDB reads while the caller builds. `takePart` must do its work at once (no awaiting), or
 * the transaction would end under it. With `handOff`, only the first keys it keeps are read.
 */
export async function readJournalInParts(
  db: JournalDatabase,
  begin: (around: JournalAroundReflections) => (part: Reflection[]) => void,
  partSize: number = READ_PART_SIZE,
  readsAhead: number = READS_AHEAD,
  handOff?: ReadHandOff,
): Promise<ReadTimes> {
  let times: ReadTimes = { waitingMs: 0, workingMs: 0 };
  await db.transaction('r', [db.reflections, db.people, db.preparations, db.meta], async () => {
    // Asked for in this order, which IndexedDB keeps: the first part, what `begin` needs, then keys.
    const first = db.reflections.toCollection().limit(partSize).toArray();
    const around = Promise.all([
      db.people.toArray(),
      db.preparations.toArray(),
      db.meta.get(PRINCIPLE_SETTINGS_KEY),
    ]);
    const keys = db.reflections.toCollection().primaryKeys();
    const waitingFrom = performance.now();
    const [people, preparations, settings] = await around;
    const takePart = begin({
      people: people.map(({ nameKey: _nameKey, ...person }) => person),
      preparations,
      principleSettings: [...parseStoredPrincipleSettings(settings?.value).settings],
    });
    const waitedMs = performance.now() - waitingFrom;
    const all = await keys;
    const kept = handOff === undefined ? all.length : Math.max(partSize, handOff.keep(all));
    const later = partBounds(all.slice(partSize, kept), partSize);
    const readRange = ([from, to]: [string, string]) =>
      db.reflections.where(':id').between(from, to, true, true).toArray();
    // One small read after another keeps the transaction open (it ends once none is left) while
    // a share's has yet to begin; a write asked for in between keeps it from beginning at all.
    const holdOpen = async () => {
      if (handOff === undefined) return;
      const until = performance.now() + handOff.holdOpenMs;
      while (handOff.waiting() && performance.now() < until) await db.meta.get(PRINCIPLE_SETTINGS_KEY);
      handOff.lastPart();
    };
    const read = await readAhead(first, later, readRange, takePart, readsAhead, holdOpen);
    times = { waitingMs: waitedMs + read.waitingMs, workingMs: read.workingMs };
  });
  return times;
}

/**
 * Reads the reflections of these key ranges (partBounds of a share of the journal's keys), in
 * order, in one read transaction of its own, `readsAhead` ranges ahead as readJournalInParts does.
 * `started` is called once the transaction has begun (its first request answered), before any part.
 */
export async function readReflectionRanges(
  db: JournalDatabase,
  ranges: readonly [string, string][],
  takePart: (part: Reflection[]) => void,
  started: () => void,
  readsAhead: number = READS_AHEAD,
): Promise<ReadTimes> {
  let times: ReadTimes = { waitingMs: 0, workingMs: 0 };
  await db.transaction('r', db.reflections, async () => {
    const readRange = ([from, to]: [string, string]) =>
      db.reflections.where(':id').between(from, to, true, true).toArray();
    const [firstRange, ...later] = ranges;
    // A one-key read first, so the transaction is known to have begun long before its first part comes.
    const begun = db.reflections.get(firstRange?.[0] ?? '');
    const first = firstRange === undefined ? Promise.resolve([]) : readRange(firstRange);
    await begun;
    started();
    times = await readAhead(first, later, readRange, takePart, readsAhead);
  });
  return times;
}

const opened = new Map<string, JournalDatabase>();

/** The journal of that name, opened once in this worker (the page names the one it shows). */
export function journalNamed(name: string): JournalDatabase {
  let db = opened.get(name);
  if (db === undefined) {
    db = new JournalDatabase(name);
    // Another window upgrading the journal closes this copy; the next export opens it again.
    db.on('versionchange', () => {
      db?.close();
      opened.delete(name);
    });
    opened.set(name, db);
  }
  return db;
}
