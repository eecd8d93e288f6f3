import { screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { JOURNAL_DATABASE_NAME, JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { LOCALE_CONVENTIONS_STORAGE_KEY } from '../../../../renderer/app/localeConventions';
import { recordWelcome, WELCOME_STORAGE_KEY } from '../../../../renderer/features/welcome/welcomeState';
import { EARLY_ROWS_CLASS } from '../../../../renderer/features/journal/earlyRows/paintEarlyRows';
import {
  EARLY_JOURNAL_DATABASE_NAME,
  startEarlyRows,
} from '../../../../renderer/features/journal/earlyRows/startEarlyRows';
import { reflectionAt, renderJournalApp } from './journalTestHarness';

/** jsdom has no PerformanceObserver: this one lets a test deliver a mark to the painter. */
class FakeObserver {
  static live = new Set<FakeObserver>();
  constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {}
  observe() {
    FakeObserver.live.add(this);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
  static deliver(mark: string) {
    for (const observer of [...FakeObserver.live])
      observer.callback({ getEntriesByName: (name) => (name === mark ? [{ name }] : []) });
  }
}

const DANA = '019c0000-0000-7000-8000-00000000d0a1';

async function seedJournal(): Promise<JournalDatabase> {
  const db = new JournalDatabase(EARLY_JOURNAL_DATABASE_NAME);
  await db.open();
  const journal = createJournal(db, () => new Date('2026-03-10T09:00:00Z'));
  await db.people.put({
    id: DANA,
    name: 'Dana Fox',
    nameKey: 'dana fox',
    relationship: 'peer',
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as never);
  const reflections = Array.from({ length: 60 }, (_, i) =>
    reflectionAt(
      `2026-02-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 9)).padStart(2, '0')}:00:00Z`,
      {
        asked: `Question number ${i}`,
        personIds: [DANA],
        outcome: i % 2 === 0 ? 'achieved' : 'not-yet',
        tags: i % 3 === 0 ? ['budget'] : [],
        starred: i % 5 === 0,
      },
    ),
  );
  reflections.push(
    reflectionAt('2026-03-09T10:00:00Z', { status: 'draft', asked: 'Still writing this one' }),
  );
  await journal.reflections.bulkImport(reflections);
  return db;
}

function earlyLayer(): HTMLElement | null {
  return document.querySelector(`.${EARLY_ROWS_CLASS}`);
}

let db: JournalDatabase | null = null;

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  window.location.hash = '#/journal';
  localStorage.setItem(
    LOCALE_CONVENTIONS_STORAGE_KEY,
    JSON.stringify({ locale: 'en-IL', hour12: false, order: 'dmy', weekStartsOn: 0 }),
  );
  recordWelcome('not-needed');
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});

afterEach(async () => {
  FakeObserver.live.clear();
  vi.unstubAllGlobals();
  localStorage.clear();
  performance.clearMarks();
  db?.close();
  db = null;
  await Dexie.delete(EARLY_JOURNAL_DATABASE_NAME);
  document.body.innerHTML = '';
});

describe('the early rows', () => {
  it('opens the journal the app opens', () => {
    expect(EARLY_JOURNAL_DATABASE_NAME).toBe(JOURNAL_DATABASE_NAME);
  });

  it('paints the newest rows as links named as React names them, over an inert root', async () => {
    db = await seedJournal();
    await expect(startEarlyRows(window)).resolves.toBe('painted');
    expect(performance.getEntriesByName('list:painted', 'mark')).toHaveLength(1);
    const layer = earlyLayer();
    expect(layer).not.toBeNull();
    expect(document.getElementById('root')).toHaveAttribute('inert');
    const early = within(layer as HTMLElement).getByRole('list', { name: 'Reflections' });
    const earlyItems = within(early).getAllByRole('listitem');
    expect(earlyItems).toHaveLength(50);
    const earlyLinks = within(early).getAllByRole('link');
    expect(earlyLinks[0]).toHaveAttribute('href', expect.stringMatching(/^#\/reflections\/[0-9a-f-]+$/));

    // React's list on the same journal: the rows it draws say exactly the same.
    layer?.remove();
    const journal = createJournal(db);
    renderJournalApp(journal, '/journal');
    const list = await screen.findByRole('list', { name: 'Reflections' });
    // Once React has read the people too (it shows "…" until then).
    await waitFor(() => expect(list.textContent).not.toContain('…'));
    const reactLinks = within(list).getAllByRole('link');
    expect(reactLinks.length).toBeGreaterThan(3);
    const names = (links: HTMLElement[]) => links.map((link) => link.textContent);
    expect(names(earlyLinks.slice(0, reactLinks.length))).toEqual(names(reactLinks));
    // The draft first, with its Continue link, as React draws it.
    expect(within(early).getByRole('link', { name: /^Continue the draft from / })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/edit$/),
    );
    expect(within(early).getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      within(list).getAllByRole('heading', { level: 2 })[0]?.textContent,
    );
    // Seeding and React's first render of the journal take a while on a busy two-core machine.
  }, 60_000);

  it('closes its connection, so an upgrade from another connection is never blocked', async () => {
    db = await seedJournal();
    const idbVersion = db.verno * 10;
    db.close();
    await expect(startEarlyRows(window)).resolves.toBe('painted');
    const blocked = vi.fn();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open(EARLY_JOURNAL_DATABASE_NAME, idbVersion + 10);
      opening.onblocked = blocked;
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    upgraded.close();
    expect(blocked).not.toHaveBeenCalled();
  });

  it('gives the page to React when its rows are in, and the focused row keeps focus', async () => {
    db = await seedJournal();
    await startEarlyRows(window);
    const layer = earlyLayer() as HTMLElement;
    const third = within(layer).getAllByRole('listitem')[2]?.querySelector('a') as HTMLElement;
    third.focus();
    // React's rows, as the list draws them, behind the early page.
    const root = document.getElementById('root') as HTMLElement;
    root.innerHTML =
      '<div role="list"><div data-index="2"><div class="journal-row"><a class="journal-row-link" href="#/x">Row</a></div></div></div>';
    FakeObserver.deliver('list:interactive');
    expect(earlyLayer()).toBeNull();
    expect(root).not.toHaveAttribute('inert');
    expect(document.activeElement).toBe(root.querySelector('.journal-row-link'));
  });

  it('gives the page to React when the address changes (a click on an early row)', async () => {
    db = await seedJournal();
    await startEarlyRows(window);
    expect(earlyLayer()).not.toBeNull();
    window.location.hash = '#/reflections/some-id';
    await waitFor(() => expect(earlyLayer()).toBeNull());
    expect(document.getElementById('root')).not.toHaveAttribute('inert');
  });

  it('does nothing on another page, before the welcome, or without the remembered dates', async () => {
    db = await seedJournal();
    window.location.hash = '#/people';
    await expect(startEarlyRows(window)).resolves.toBe('other-page');
    window.location.hash = '#/journal';
    localStorage.removeItem(WELCOME_STORAGE_KEY);
    await expect(startEarlyRows(window)).resolves.toBe('welcome');
    recordWelcome('not-needed');
    localStorage.removeItem(LOCALE_CONVENTIONS_STORAGE_KEY);
    await expect(startEarlyRows(window)).resolves.toBe('no-conventions');
    expect(earlyLayer()).toBeNull();
    expect(document.getElementById('root')).not.toHaveAttribute('inert');
  });

  it('does nothing, and creates nothing, when there is no journal yet', async () => {
    await expect(startEarlyRows(window)).resolves.toBe('no-journal');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(EARLY_JOURNAL_DATABASE_NAME);
    expect(earlyLayer()).toBeNull();
  });

  it('does nothing for an empty journal, or one at another version', async () => {
    db = new JournalDatabase(EARLY_JOURNAL_DATABASE_NAME);
    await db.open();
    await expect(startEarlyRows(window)).resolves.toBe('empty');
    db.close();
    await Dexie.delete(EARLY_JOURNAL_DATABASE_NAME);
    const older = new JournalDatabase(EARLY_JOURNAL_DATABASE_NAME, schemaVersions.slice(0, -1));
    await older.open();
    older.close();
    await expect(startEarlyRows(window)).resolves.toBe('no-journal');
    expect(earlyLayer()).toBeNull();
  });

  it("covers only React's loading line when React's shell is already up", async () => {
    db = await seedJournal();
    const root = document.getElementById('root') as HTMLElement;
    root.innerHTML =
      '<nav aria-label="Main"></nav><p class="muted journal-loading">Loading your journal…</p>';
    await expect(startEarlyRows(window)).resolves.toBe('painted');
    const layer = earlyLayer() as HTMLElement;
    expect(layer).toHaveClass('early-journal-over-shell');
    // The list alone: React's shell stays as it is, out of reach until the hand-over.
    expect(within(layer).queryByRole('main')).toBeNull();
    expect(within(layer).getByRole('list', { name: 'Reflections' })).toBeInTheDocument();
    expect(root).toHaveAttribute('inert');
    FakeObserver.deliver('list:interactive');
    expect(earlyLayer()).toBeNull();
    expect(root).not.toHaveAttribute('inert');
  });

  it('does nothing when plans would sit above the list, or React got there first', async () => {
    db = await seedJournal();
    document.getElementById('root')?.append(document.createElement('div'));
    await expect(startEarlyRows(window)).resolves.toBe('app-first');
    document.body.innerHTML = '<div id="root"></div>';
    performance.mark('list:interactive');
    await expect(startEarlyRows(window)).resolves.toBe('app-first');
    performance.clearMarks();
    document.body.innerHTML = '<div id="root"></div>';
    await db.preparations.put({ id: '019c0000-0000-7000-8000-0000000000p1' } as never);
    await expect(startEarlyRows(window)).resolves.toBe('plans');
    expect(earlyLayer()).toBeNull();
  });
});
