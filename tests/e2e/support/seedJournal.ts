import { expect, type Page } from '@playwright/test';
import { generateJournal, type GenerateJournalOptions } from '../../../shared/domain/generateJournal';
import { createPerson, type Person } from '../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../shared/domain/reflectionSchema';
import { toProgressFact } from '../../../shared/progress/progressFact';
import { monthsFromFacts } from '../../../shared/progress/progressMonth';
import type { PersonRecord, SearchChangeRecord } from '../../../renderer/db/records';
import { withSortKey } from '../../../renderer/db/reflectionSortKey';

export interface SeedJournal {
  readonly people: readonly Person[];
  readonly reflections: readonly Reflection[];
}

/** The zone the seeded journals are written in; specs run the browser in it too. */
export const SEED_TIME_ZONE = 'Europe/London';

/** A realistic journal from the app's own generator (deterministic for a seed). */
export function generatedJournal(
  options: Partial<GenerateJournalOptions> & Pick<GenerateJournalOptions, 'reflections'>,
): SeedJournal {
  return generateJournal({
    seed: 20260302,
    startDate: '2024-03-01',
    endDate: '2026-03-06',
    timeZone: SEED_TIME_ZONE,
    ...options,
  });
}

export function seedPerson(name: string, createdAt = '2026-01-05T09:00:00Z'): Person {
  return createPerson({ now: new Date(createdAt), name });
}

/** Two colleagues for hand-made journals. */
export const colleagues = { dana: seedPerson('Dana Fox'), lee: seedPerson('Lee Park') } as const;

/** A complete reflection that happened at `occurredAt` (UTC), for hand-made journals. */
export function seedReflection(
  occurredAt: string,
  people: readonly Person[],
  overrides: Partial<Reflection> = {},
): Reflection {
  return {
    ...createDraftReflection({ now: new Date(occurredAt), timeZone: SEED_TIME_ZONE }),
    status: 'complete',
    personIds: people.map(({ id }) => id),
    asked: `Asked on ${occurredAt}`,
    ...overrides,
  };
}

/** A copy with every typed array made a plain array (what crosses into the page as it is). */
function plainArrays(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainArrays(inner)]));
}

interface SeedRecords {
  reflections: (Reflection & { sortKey: number })[];
  people: PersonRecord[];
  searchChanges: SearchChangeRecord[];
  progressMonths: unknown[];
}

/**
 * Writes a journal into the browser build's IndexedDB the way the app stores one: full
 * reflections, each with the sortKey the list is ordered by (the app's own withSortKey), people
 * with their lower-cased name key, a queued search change per reflection, and the Progress
 * month records (monthsFromFacts of the app's own toProgressFact of each complete reflection
 * outside the Trash), as an import leaves them. Uses the raw IndexedDB API in the page (Dexie is not reachable there and
 * the app has no test hooks), after the app has opened the database so its schema exists,
 * then reloads so the app reads the seeded journal.
 */
export async function seedJournal(page: Page, journal: SeedJournal): Promise<void> {
  const facts = journal.reflections.map(toProgressFact).filter((fact) => fact !== null);
  const records: SeedRecords = {
    reflections: journal.reflections.map(withSortKey),
    people: journal.people.map((person) => ({ ...person, nameKey: person.name.trim().toLocaleLowerCase() })),
    searchChanges: journal.reflections.map(({ id }) => ({ reflectionId: id, kind: 'put' })),
    // Each month's facts (seeding is for a journal that holds nothing yet) in columns (monthsFromFacts); typed columns go into the page as plain
    // arrays, which the app reads the same way.
    progressMonths: monthsFromFacts(facts).map(plainArrays),
  };
  await page.goto('#/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
  await page.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('influence-journal');
        request.onerror = () => reject(request.error ?? new Error('Could not open the journal database'));
        request.onsuccess = () => {
          const db = request.result;
          const stores = ['reflections', 'people', 'searchChanges', 'progressMonths'] as const;
          const transaction = db.transaction([...stores], 'readwrite');
          for (const store of stores) {
            const objectStore = transaction.objectStore(store);
            for (const record of seed[store]) objectStore.put(record);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onabort = () =>
            reject(transaction.error ?? new Error('Seeding the journal was aborted'));
        };
      }),
    records,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
}
