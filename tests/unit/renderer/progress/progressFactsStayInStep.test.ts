import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../../../shared/domain/seededRandom';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import { toProgressFact, type ProgressFact } from '../../../../shared/progress/progressFact';
import { decodeMonth, monthDays, monthsFromFacts } from '../../../../shared/progress/progressMonth';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';

const OUTCOMES = ['achieved', 'partly-achieved', 'not-yet', 'made-it-worse'] as const;

/** One of the values, or null now and then (pick never returns null). */
function maybe<T extends NonNullable<unknown>>(random: SeededRandom, values: readonly T[]): T | null {
  return random.chance(0.2) ? null : random.pick(values);
}

let db: JournalDatabase;
let journal: Journal;
let clock = new Date('2026-03-10T09:00:00Z');
/** The people reflections may name; a merge replaces the one merged away with someone new. */
let people: string[] = [];

beforeEach(async () => {
  clock = new Date('2026-03-10T09:00:00Z');
  ({ db, journal } = await openFreshJournal('progress-facts', () => clock));
  people = [];
  for (const name of ['Dana', 'Lee', 'Sam']) people.push((await journal.people.add(name)).id);
});

afterEach(() => deleteFreshJournal(db));

function randomReflection(random: SeededRandom, id?: string): Reflection {
  const day = random.int(1, 28);
  const base = createDraftReflection({
    now: new Date(Date.UTC(2026, random.int(0, 2), day, random.int(6, 20))),
    timeZone: 'Europe/London',
    ...(id === undefined ? {} : { id }),
  });
  return {
    ...base,
    personIds: random.sample(people, random.int(1, 2)),
    asked: 'Something asked',
    outcome: maybe(random, OUTCOMES),
    relationship: maybe(random, ['peer', 'manager'] as const),
    tags: random.chance(0.5) ? ['budget'] : [],
    principles: {
      'empowered-adults': {
        applied: maybe(random, [true, false]),
        rating: maybe(random, [1, 2, 3, 4, 5]),
        notes: '',
        checks: { 'escalated-to-manager': random.pick(['no', 'considered', 'yes', ''] as const) },
      },
    },
  };
}

/** The facts the months should hold: one per reflection that counts, built from scratch. */
async function recomputed(): Promise<ProgressFact[]> {
  const reflections = await db.reflections.toArray();
  return reflections
    .map(toProgressFact)
    .filter((fact) => fact !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Every month as stored, oldest first (the table's key is the month): its facts and its day
 * rollups, read back from its columns (typed arrays come back from the test database as another
 * realm's, so what they say is compared, not the arrays).
 */
async function storedMonths(): Promise<unknown[]> {
  return (await db.progressMonths.toArray()).map((month) => [
    month.month,
    decodeMonth(month),
    monthDays(month),
  ]);
}

/** The same, recomputed from the reflections alone. */
function recomputedMonths(facts: readonly ProgressFact[]): unknown[] {
  return monthsFromFacts(facts).map((month) => {
    const inMonth = facts.filter((fact) => fact.day.startsWith(month.month));
    return [month.month, inMonth, daysFromFacts(inMonth)];
  });
}

describe('Progress months, their facts and their day rollups', () => {
  it('always equal a recomputation from the reflections, through every kind of write', async () => {
    const random = createSeededRandom(20261206);
    const ids: string[] = [];
    const kinds = new Set<string>();
    // The clean-up may take the build's version (it waits out a new version's first start).
    const purge = journal.reflections.purgeExpiredTrash as (appVersion?: string) => Promise<number>;
    for (let step = 0; step < 200; step += 1) {
      // Hours, not days: the Trash clean-up waits when the clock is a day past the last save.
      clock = new Date(clock.getTime() + random.int(1, 20) * 3_600_000);
      const kind =
        ids.length === 0
          ? 'complete'
          : random.pick([
              'complete',
              'complete',
              'draft',
              'edit',
              'words',
              'trash',
              'restore',
              'deleteForever',
              'purge',
              'import',
              'rename',
              'merge',
            ] as const);
      // Restores and deletions need something in the Trash, which purges empty every 30 days.
      const trashed = (await journal.reflections.trash()).map((row) => row.id);
      const fromTrash = (kind === 'restore' || kind === 'deleteForever') && trashed.length > 0;
      const id = ids.length === 0 ? undefined : random.pick(fromTrash ? trashed : ids);
      const existing = id === undefined ? undefined : await journal.reflections.get(id);
      switch (kind) {
        case 'complete':
          ids.push((await journal.reflections.complete(randomReflection(random))).id);
          break;
        case 'draft':
          ids.push((await journal.reflections.saveDraft(randomReflection(random))).id);
          break;
        case 'edit':
          if (existing === undefined) continue;
          {
            // What an editor changes, on the copy it loaded (so any revision check passes).
            const { occurredAt, outcome, personIds, relationship, tags, principles } =
              randomReflection(random);
            await journal.reflections.saveDraft({
              ...existing,
              ...{ occurredAt, outcome, personIds, relationship, tags, principles },
            });
          }
          break;
        case 'words':
          // An autosave of words alone: no fact changes, so its month is left as it is.
          if (existing === undefined) continue;
          await journal.reflections.saveDraft({ ...existing, learned: `${existing.learned} and more` });
          break;
        case 'trash':
          if (existing === undefined || existing.deletedAt !== null) continue;
          await journal.reflections.moveToTrash(existing.id);
          break;
        case 'restore':
          if (existing === undefined || existing.deletedAt === null) continue;
          await journal.reflections.restore(existing.id);
          break;
        case 'deleteForever':
          if (existing === undefined || existing.deletedAt === null) continue;
          await journal.reflections.deleteForever(existing.id);
          break;
        case 'purge': {
          if (trashed.length === 0) continue;
          // A month on, with a save that day (the clean-up trusts a clock near the last save);
          // a first call of a new version may only record the version.
          clock = new Date(clock.getTime() + 31 * 86_400_000);
          ids.push((await journal.reflections.complete(randomReflection(random))).id);
          const purged = (await purge('test')) + (await purge('test'));
          if (purged === 0) continue;
          break;
        }
        case 'rename': {
          const person = await journal.people.get(random.pick(people));
          if (person === undefined) continue;
          await journal.people.update({ ...person, name: `${person.name} ${step}` });
          break;
        }
        case 'merge': {
          // Every reflection naming the one merged away now names the one kept.
          const [from, into] = random.sample(people, 2);
          if (from === undefined || into === undefined) continue;
          await journal.people.merge(from, into);
          people = [...people.filter((id) => id !== from), (await journal.people.add(`New ${step}`)).id];
          break;
        }
        case 'import': {
          const replaced =
            existing === undefined
              ? []
              : [{ ...randomReflection(random, existing.id), status: 'draft' as const }];
          const added = [
            randomReflection(random),
            { ...randomReflection(random), status: 'complete' as const },
          ];
          await journal.reflections.bulkImport([...replaced, ...added]);
          ids.push(...added.map((r) => r.id));
          break;
        }
      }
      kinds.add(kind);
      const expected = await recomputed();
      expect(await storedMonths(), `months after step ${step} (${kind})`).toEqual(recomputedMonths(expected));
    }
    // The sequence is seeded; this says it really exercised every path it claims to.
    expect([...kinds].sort()).toEqual(
      [
        'complete',
        'deleteForever',
        'draft',
        'edit',
        'import',
        'merge',
        'purge',
        'rename',
        'restore',
        'trash',
        'words',
      ].sort(),
    );
    const months = await db.progressMonths.toArray();
    expect(months).toHaveLength(3);
    expect(months.reduce((sum, month) => sum + month.ids.length, 0)).toBeGreaterThan(10);
    expect(months.flatMap(monthDays).length).toBeGreaterThan(5);
    // Two hundred writes, each compared in full, on two shared cores.
  }, 60_000);
});
