import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION_META as readByTheScript } from '../../../renderer/app/warmJournalDatabase';
import { latestSchemaVersion } from '../../../renderer/db/schemaVersions';
import {
  DATABASE_VERSION_META as writtenByTheBuild,
  latestSchemaVersionInSource,
} from '../../../vite.config';

// The built page tells its first script which IndexedDB version the app opens the journal at
// (renderer/app/warmJournalDatabase.ts); vite.config.ts reads it from the schema's source text.
describe('the schema version the build writes into the page', () => {
  it('is the newest schema version the app declares', () => {
    expect(latestSchemaVersionInSource()).toBe(latestSchemaVersion);
  });

  it('is written under the name the script reads', () => {
    expect(writtenByTheBuild).toBe(readByTheScript);
  });
});
