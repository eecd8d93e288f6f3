import { expect, type Locator, type Page } from '@playwright/test';

/** Records to put straight into the browser build's IndexedDB, computed in Node. */
export interface JournalSeed {
  /** As stored: each with its sortKey (withSortKey). */
  reflections: unknown[];
  people: unknown[];
}

export interface SearchReadyDetail {
  source: 'persisted' | 'built';
  documentCount: number;
  appliedChanges: number;
}

/** The header search box and the /search page. */
export class SearchPage {
  readonly searchBox: Locator;
  readonly heading: Locator;
  readonly region: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('searchbox', { name: 'Search reflections' });
    this.heading = page.getByRole('heading', { level: 1, name: 'Search', exact: true });
    this.region = page.getByRole('region', { name: 'Search', exact: true });
    this.results = this.region.getByRole('list', { name: 'Search results' });
    // Other features (reminders) keep status regions of their own on every page.
    this.status = this.region.getByRole('status');
  }

  /**
   * Loads the app once so it creates the database, writes the seed the way the repositories
   * would (with a search change per reflection), then reloads so the app starts with it.
   * Chunks keep each message small enough for a large generated journal.
   */
  async openWithJournal(seed: JournalSeed, chunkSize = 2_000): Promise<void> {
    await this.page.goto('');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await this.putRecords({ reflections: [], people: seed.people });
    for (let start = 0; start < seed.reflections.length; start += chunkSize) {
      await this.putRecords({
        reflections: seed.reflections.slice(start, start + chunkSize),
        people: [],
      });
    }
    await this.page.reload();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  }

  private async putRecords(records: JournalSeed): Promise<void> {
    await this.page.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('influence-journal');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['reflections', 'people', 'searchChanges'], 'readwrite');
      for (const reflection of batch.reflections) tx.objectStore('reflections').put(reflection);
      for (const person of batch.people) tx.objectStore('people').put(person);
      for (const reflection of batch.reflections) {
        const { id } = reflection as { id: string };
        tx.objectStore('searchChanges').add({ reflectionId: id, kind: 'put' });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
  }

  /** Focuses the box with the keyboard shortcut and types, one key at a time, as a person would. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.searchBox).toBeFocused();
    await this.searchBox.pressSequentially(text);
  }

  async clearAndType(text: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(text);
  }

  resultLink(name: string | RegExp): Locator {
    return this.results.getByRole('link', { name });
  }

  resultItems(): Locator {
    return this.results.getByRole('listitem');
  }

  marks(): Locator {
    return this.results.locator('mark');
  }

  filter(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** What the app reported when search became ready (the `search:ready` performance mark). */
  async readyDetail(): Promise<SearchReadyDetail> {
    await this.page.waitForFunction(() => performance.getEntriesByName('search:ready').length > 0);
    return this.page.evaluate(() => {
      const [mark] = performance.getEntriesByName('search:ready');
      return (mark as PerformanceMark).detail as SearchReadyDetail;
    });
  }

  /** Rows in a store of the journal database, read with the raw IndexedDB API. */
  async countRows(store: 'searchChanges' | 'searchIndex'): Promise<number> {
    return this.page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('influence-journal');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return count;
    }, store);
  }
}
