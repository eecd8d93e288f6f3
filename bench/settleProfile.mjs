// A journal that was just bulk-written leaves its database with compaction still to do. Chromium
// does that work in the background the next time the database is open, so a template saved
// straight after seeding would make every cold run repeat it while the app starts: a cost of the
// import, not of a start. A person's journal is open for minutes at a time and its database
// settles while they use it; the template is saved the same way, once the files stop changing.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What the browser keeps on disk that start-up reads: the databases and the compiled-code cache. */
const WATCHED = [
  ['Default', 'IndexedDB'],
  ['Default', 'Code Cache'],
];

async function listFiles(dir, into) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(full, into);
    else {
      const info = await stat(full).catch(() => null);
      if (info) into.push(`${full}:${info.size}:${info.mtimeMs}`);
    }
  }
}

async function snapshot(profileDir) {
  const files = [];
  for (const parts of WATCHED) await listFiles(path.join(profileDir, ...parts), files);
  return files.sort().join('\n');
}

/** Resolves once no database or code-cache file has changed for `quietMs`; fails after `timeoutMs`. */
export async function waitForStorageToSettle(
  profileDir,
  { quietMs = 3_000, pollMs = 250, timeoutMs = 120_000 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let last = await snapshot(profileDir);
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline)
      throw new Error(`The database in ${profileDir} kept changing for ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const next = await snapshot(profileDir);
    if (next !== last) {
      last = next;
      quietSince = Date.now();
    }
  }
}
