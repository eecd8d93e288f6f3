import { JOURNAL_EXPORT_VERSION } from './exportFormat';
import { ImportFileError } from './importErrors';

/** Turns a file of version N into version N + 1; it receives a plain parsed object and returns a new one. */
export type ExportMigrationStep = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * One step per format version that was ever released, keyed by the version it reads, so a file
 * from any earlier version keeps importing.
 */
export const exportMigrationSteps: Readonly<Record<number, ExportMigrationStep>> = {
  // Version 1 had no preparations; its reflections get `preparationId: null` from their schema.
  1: (file) => ({ ...file, preparations: [] }),
};

export function newerVersionMessage(version: number): string {
  return (
    `This file was made by a newer version of Influence Journal (format version ${version}); ` +
    'update the app to import it.'
  );
}

/**
 * Brings an older export up to `current`, one version at a time. Anything that is not a
 * recognisable older version is returned as it is, for the schema to name what is wrong.
 */
export function runExportMigrations(
  raw: unknown,
  current: number,
  steps: Readonly<Record<number, ExportMigrationStep>>,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { version } = raw as { version?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return raw;
  if (version > current) throw new ImportFileError(newerVersionMessage(version));
  let file = raw as Record<string, unknown>;
  for (let from = version; from < current; from += 1) {
    const step = Object.hasOwn(steps, from) ? steps[from] : undefined;
    if (step === undefined) throw new Error(`No migration for export format version ${from}`);
    file = { ...step(file), version: from + 1 };
  }
  return file;
}

/** An export of any released format version, as the current version's shape (still unvalidated). */
export function migrateJournalExport(raw: unknown): unknown {
  return runExportMigrations(raw, JOURNAL_EXPORT_VERSION, exportMigrationSteps);
}
