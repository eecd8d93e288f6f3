import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import {
  exportMigrationSteps,
  migrateJournalExport,
  runExportMigrations,
} from '../../../../shared/data/migrateJournalExport';

describe('migrateJournalExport', () => {
  it('leaves a current-version file as it is', () => {
    const file = { format: 'influence-journal', version: 2, reflections: [], preparations: [] };
    expect(migrateJournalExport(file)).toBe(file);
  });

  it('refuses a file from a newer version and asks for an update', () => {
    const run = () => migrateJournalExport({ format: 'influence-journal', version: 7 });
    expect(run).toThrow(ImportFileError);
    expect(run).toThrow(
      'This file was made by a newer version of Influence Journal (format version 7); update the app to import it.',
    );
  });

  it('leaves anything that is not a plain versioned object for the schema to describe', () => {
    for (const raw of [null, [], 'x', { version: '2' }, { version: 0 }, { version: 1.5 }]) {
      expect(migrateJournalExport(raw)).toBe(raw);
    }
  });

  it('has a step from every earlier version', () => {
    expect(Object.keys(exportMigrationSteps)).toEqual(['1']);
  });

  it('brings a version 1 file up to version 2: no preparations, everything else as it was', () => {
    const reflections = [{ id: 'r1', asked: 'Kept' }];
    expect(migrateJournalExport({ format: 'influence-journal', version: 1, reflections })).toEqual({
      format: 'influence-journal',
      version: 2,
      reflections,
      preparations: [],
    });
  });

  it('runs each step in order from the file version up to the current one', () => {
    const steps = {
      1: (file: Readonly<Record<string, unknown>>) => ({ ...file, renamed: file['old'], old: undefined }),
      2: (file: Readonly<Record<string, unknown>>) => ({ ...file, seenByTwo: true }),
    };
    expect(runExportMigrations({ version: 1, old: 'kept' }, 3, steps)).toEqual({
      version: 3,
      old: undefined,
      renamed: 'kept',
      seenByTwo: true,
    });
    expect(runExportMigrations({ version: 2 }, 3, steps)).toEqual({ version: 3, seenByTwo: true });
    expect(() => runExportMigrations({ version: 1 }, 3, { 2: steps[2] })).toThrow(
      'No migration for export format version 1',
    );
  });
});
