import type { ImportWrites } from '../../db/repositories/journalDataRepository';
import { createJournalDataRepository } from '../../db/repositories/journalDataRepository';
import { journalNamed } from '../../db/repositories/journalReadInParts';
import { createPersonRepository } from '../../db/repositories/personRepository';
import { createPrincipleSettingsRepository } from '../../db/repositories/principleSettingsRepository';
import { createReflectionRepository } from '../../db/repositories/reflectionRepository';

/**
 * How many new reflections one import step writes in the data worker. The page's step
 * (IMPORT_WRITE_STEP) is small so that no task of the page copies for long; the worker has no page
 * to keep responsive, so it writes larger steps and makes fewer requests' worth of calls.
 */
export const WORKER_IMPORT_WRITE_STEP = 1_000;

/**
 * Writes an import plan into the journal of that name from here (the data worker), with the same
 * repositories and the same one strict transaction the page uses: list rows, people, Progress
 * months and the search index's rebuild request follow exactly as they follow a save. Dexie tells
 * every other context of the journal (the page, other tabs) of what was written once it commits.
 */
export function applyImportHere(
  databaseName: string,
  plan: ImportWrites,
  writeStep: number,
): Promise<{ reflections: number; people: number; preparations: number }> {
  const db = journalNamed(databaseName);
  const data = createJournalDataRepository({
    db,
    reflections: createReflectionRepository(db),
    people: createPersonRepository(db),
    principleSettings: createPrincipleSettingsRepository(db),
  });
  // The plan came from prepareImport in this worker, which checked its reflections as a save would.
  return data.applyImport(plan, { reflectionsChecked: true, writeStep });
}
