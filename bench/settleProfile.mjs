// A journal that was just bulk-written leaves its database with compaction still to do. Chromium
// does that work in the background the next time the database is open, so a template saved
// straight after seeding would make every cold run repeat it while the app starts: a cost of the
// import, not of a start. A person's journal is open for minutes at a time and its database
// settles while they use it; the template is saved the same way, once the files stop changing.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

async function snapshot(profileDir) {
  const root = path.join(profileDir, 'Default', 'IndexedDB');
  const parts = [];
  for (const folder of await readdir(root)) {
    const dir = path.join(root, folder);
    for (const name of await readdir(dir)) {
      const info = await stat(path.join(dir, name)).catch(() => null);
      if (info) parts.push(`${folder}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.sort().join('\n');
}

/** Resolves once no database file has changed for `quietMs`; fails after `timeoutMs`. */
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
