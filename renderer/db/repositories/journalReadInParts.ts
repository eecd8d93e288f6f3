import type { Person } from '../../../shared/domain/personSchema';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { PrincipleSetting } from '../../../shared/domain/principles';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { JournalDatabase } from '../JournalDatabase';
import { PRINCIPLE_SETTINGS_KEY, parseStoredPrincipleSettings } from './principleSettingsRepository';

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

/** Where the time of a read went: waiting for IndexedDB, and the caller's own work on each part. */
export interface ReadTimes {
  readonly waitingMs: number;
  readonly workingMs: number;
}

/**
 * Reads a journal as of one moment, in one read transaction: people, plans and principle settings
 * first (`begin` gets them, and returns what takes the reflections), then every stored reflection
 * (the Trash included) in primary-key order, READ_PART_SIZE at a time. The next part is asked for
 * before the caller works on the one that came, so IndexedDB reads while the caller builds.
 * `takePart` must do its work at once (no awaiting), or the transaction would end under it.
 */
export async function readJournalInParts(
  db: JournalDatabase,
  begin: (around: JournalAroundReflections) => (part: Reflection[]) => void,
  partSize: number = READ_PART_SIZE,
): Promise<ReadTimes> {
  let waitingMs = 0;
  let workingMs = 0;
  await db.transaction('r', [db.reflections, db.people, db.preparations, db.meta], async () => {
    const readPart = (after: string | null) =>
      (after === null ? db.reflections.toCollection() : db.reflections.where(':id').above(after))
        .limit(partSize)
        .toArray();
    let next = readPart(null);
    let waitingFrom = performance.now();
    const [people, preparations, settings] = await Promise.all([
      db.people.toArray(),
      db.preparations.toArray(),
      db.meta.get(PRINCIPLE_SETTINGS_KEY),
    ]);
    const takePart = begin({
      people: people.map(({ nameKey: _nameKey, ...person }) => person),
      preparations,
      principleSettings: [...parseStoredPrincipleSettings(settings?.value).settings],
    });
    for (;;) {
      const part = await next;
      const workingFrom = performance.now();
      waitingMs += workingFrom - waitingFrom;
      const last = part.at(-1);
      const isLast = part.length < partSize || last === undefined;
      if (!isLast) next = readPart(last.id);
      takePart(part);
      waitingFrom = performance.now();
      workingMs += waitingFrom - workingFrom;
      if (isLast) return;
    }
  });
  return { waitingMs, workingMs };
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
