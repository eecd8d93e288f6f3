import type { JournalExport } from '../../../shared/data/exportFormat';
import { planImport, type ImportPlan } from '../../../shared/data/planImport';
import { createJournal } from '../JournalContext';
import type { JournalDatabase } from '../JournalDatabase';
import { createJournalDataRepository } from '../repositories/journalDataRepository';
import { syncProgressFacts } from '../repositories/progressRepository';
import { checkImportedReflection } from '../repositories/importedReflections';
import { LAST_WRITE_AT_KEY } from '../repositories/trashPurgeGuard';

/**
 * Reflections written per step. A workspace is written into an empty database, so a step is
 * three bulk writes with nothing read first; large steps mean few round trips, and the page still
 * answers (and the progress bar moves) between them.
 */
export const WORKSPACE_WRITE_STEP = 2_500;

/** How far the write has come: reflections written of the total. */
export type WorkspaceProgress = (written: number, total: number) => void;

/** What a client's export writes: planned against an empty journal, as "Import file" plans one. */
export function planWorkspace(file: JournalExport): ImportPlan {
  return planImport(
    {
      people: file.people,
      principleSettings: file.principleSettings,
      reflections: file.reflections,
      preparations: file.preparations,
      // Follow-ups would remind the coach of the client's next steps: they stay out.
      reminders: [],
    },
    {
      reflections: new Map(),
      preparations: new Map(),
      people: new Map(),
      peopleByNameKey: new Map(),
      principleSettings: [],
    },
  );
}

/**
 * Replaces whatever the workspace holds with the export's journal, in one transaction over every
 * table (so a table added later is covered): a failure anywhere leaves the previous export whole.
 *
 * A workspace is read-only and built from scratch, so it skips what an import into a living
 * journal needs for each reflection: no stored copy to read and compare, and no search change
 * queued per reflection. With the search tables cleared, the workspace's search builds its index
 * once from the written reflections on the first search. People, plans and principle settings go
 * through the journal's own import; Progress facts through `syncProgressFacts`, their one writer.
 */
export async function fillClientWorkspace(
  db: JournalDatabase,
  file: JournalExport,
  now: () => Date,
  onProgress: WorkspaceProgress = () => undefined,
  step: number = WORKSPACE_WRITE_STEP,
): Promise<{ written: number; skipped: number }> {
  const plan = planWorkspace(file);
  // Every record is checked before the transaction opens: one a save would refuse stops it all.
  const reflections = plan.reflections.new.map(checkImportedReflection);
  const data = createJournalDataRepository(createJournal(db, now), now);
  const total = reflections.length;
  onProgress(0, total);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    // People, plans and principle settings: the import's own path, in this transaction.
    await data.applyImport({ ...plan, reflections: { new: [], updated: [] } });
    await db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() });
    for (let start = 0; start < total; start += step) {
      const batch = reflections.slice(start, start + step);
      await Promise.all([
        db.reflections.bulkAdd(batch),
        // Every table was just cleared: no fact is stored anywhere yet.
        syncProgressFacts(db, batch, []),
      ]);
      onProgress(start + batch.length, total);
    }
  });
  return { written: total, skipped: plan.reflections.skipped.length };
}
