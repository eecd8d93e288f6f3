import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION_META as readByTheScript } from '../../../renderer/app/warmJournalDatabase';
import { latestSchemaVersion } from '../../../renderer/db/schemaVersions';

// The built page tells its first script which IndexedDB version the app opens the journal at
// (renderer/app/warmJournalDatabase.ts); vite.config.ts reads it from the schema's source text.
// Imported by path: the tests' TypeScript project does not take in the build's own config.
const configPath = '../../../vite.config';
interface BuildConfigExports {
  DATABASE_VERSION_META: string;
  latestSchemaVersionInSource: () => number;
}

describe('the schema version the build writes into the page', () => {
  it('is the newest schema version the app declares, under the name the script reads', async () => {
    const build = (await import(/* @vite-ignore */ configPath)) as BuildConfigExports;
    expect(build.latestSchemaVersionInSource()).toBe(latestSchemaVersion);
    expect(build.DATABASE_VERSION_META).toBe(readByTheScript);
  });
});
