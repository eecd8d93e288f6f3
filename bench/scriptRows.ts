// G1's framework-free floor: the least any app can do to put a journal's first rows on screen
// in a cold browser. One small script opens the database raw, reads the newest 50 reflections
// (through the store's sortKey index, as the app does) and their people, and draws each one's
// request, cut, as plain text: no React, no router, no Dexie, no zod. The app's
// first rows are read against this page's, each on its own fresh copy of the same profile.

import { idbRequest } from './rawIndexedDb';

interface RawRow {
  id: string;
  occurredAt: string | null;
  personIds: string[];
  asked: string;
  outcome: string | null;
  deletedAt: string | null;
}

/** Chromium's getAll with a direction (IDBGetAllOptions), which TypeScript's DOM types lack. */
type GetAllWithOptions = (options: {
  query: null;
  count: number;
  direction: IDBCursorDirection;
}) => IDBRequest<unknown[]>;

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    // This page never creates a journal: a missing one is a benchmark set-up error.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error(`No journal called ${name}.`));
  });
}

async function readFirstRows(db: IDBDatabase): Promise<{ rows: RawRow[]; names: Map<string, string> }> {
  const tx = db.transaction(['reflections', 'people'], 'readonly');
  // Room for a few rows in the Trash, as the app reads; one getAll, newest first.
  const bySortKey = tx.objectStore('reflections').index('sortKey');
  const getAll = bySortKey.getAll as unknown as GetAllWithOptions;
  const newest = (await idbRequest(
    getAll.call(bySortKey, { query: null, count: 100, direction: 'prev' }),
  )) as RawRow[];
  const rows = newest.filter((row) => row.deletedAt === null).slice(0, 50);
  const people = tx.objectStore('people');
  const ids = [...new Set(rows.flatMap((row) => row.personIds))];
  const found = await Promise.all(
    ids.map((id) => idbRequest(people.get(id) as IDBRequest<{ name: string } | undefined>)),
  );
  const names = new Map(ids.map((id, index) => [id, found[index]?.name ?? 'Someone']));
  return { rows, names };
}

function draw(rows: readonly RawRow[], names: ReadonlyMap<string, string>): void {
  const list = document.getElementById('rows');
  if (!list) throw new Error('The page has no #rows list.');
  list.replaceChildren(
    ...rows.map((row) => {
      const item = document.createElement('li');
      const top = document.createElement('strong');
      top.textContent = `${row.occurredAt ?? 'No date yet'} · ${row.personIds.map((id) => names.get(id)).join(', ')}`;
      const asked = document.createElement('p');
      asked.textContent = row.asked.slice(0, 140);
      const meta = document.createElement('small');
      meta.textContent = row.outcome ?? '';
      item.append(top, asked, meta);
      return item;
    }),
  );
}

/** After the frame that draws the rows, as the app's own mark comes after its commit. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

async function paintFirstRows(): Promise<void> {
  performance.mark('rows:script-start');
  const db = await openExisting('influence-journal');
  performance.mark('rows:opened');
  try {
    const { rows, names } = await readFirstRows(db);
    performance.mark('rows:read');
    if (rows.length === 0) throw new Error('The journal has no rows to paint.');
    draw(rows, names);
  } finally {
    db.close();
  }
  await afterNextFrame();
  performance.mark('rows:painted');
}

paintFirstRows().catch((error: unknown) => {
  performance.mark('rows:failed', { detail: String(error) });
});
