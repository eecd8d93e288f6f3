import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalExport } from '../../../../shared/data/exportFormat';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { CLIENT_DATABASE_PREFIX } from '../../../../renderer/db/coach/coachDatabase';
import { ClientNameMissingError } from '../../../../renderer/db/coach/coachClientRepository';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import {
  clientExport,
  CLIENT_JOURNAL_ID,
  openCoachKit,
  OTHER_JOURNAL_ID,
  reflectionOn,
} from './coachTestKit';

let kit: ReturnType<typeof openCoachKit>;
beforeEach(() => {
  kit = openCoachKit();
});
afterEach(() => kit.dispose());

const first = reflectionOn('2026-03-02', 'Asked the platform team for review time');
const second = reflectionOn('2026-03-20', 'Asked finance for the budget figures');
const third = reflectionOn('2026-04-11', 'Asked the designer for a second option');

async function workspaceOf(dbName: string) {
  const db = kit.workspaces.open(dbName);
  return {
    reflections: (await db.reflections.toArray()).map(({ asked }) => asked).sort(),
    // The rows the journal list reads: reflections found through the store's sortKey index.
    listRows: await db.reflections.where('sortKey').above(-Infinity).count(),
    facts: (await db.progressMonths.toArray()).reduce((sum, month) => sum + month.ids.length, 0),
    people: await db.people.count(),
  };
}

describe('coach clients: opening an export', () => {
  it("makes a workspace of the client's journal, apart from the coach's own journal", async () => {
    const own = await openFreshJournal('coach-own');
    const mine = reflectionOn('2026-02-01', 'My own reflection');
    await createJournal(own.db).reflections.bulkImport([mine]);

    const outcome = await kit.clients.openExport(
      clientExport([first, second], '2026-04-01T10:00:00.000Z'),
      '  Sam Rivera ',
    );

    expect(outcome.kind).toBe('added');
    if (outcome.kind !== 'added') throw new Error('expected a new client');
    expect(outcome.client).toMatchObject({
      name: 'Sam Rivera',
      journalId: CLIENT_JOURNAL_ID,
      dbName: `${CLIENT_DATABASE_PREFIX}${outcome.client.id}`,
      periodFrom: '2026-03-02',
      periodTo: '2026-03-20',
      reflectionCount: 2,
      exportedAt: '2026-04-01T10:00:00.000Z',
      newerExportOpenedAt: null,
    });
    expect(await workspaceOf(outcome.client.dbName)).toEqual({
      reflections: [second.asked, first.asked].sort(),
      listRows: 2,
      facts: 2,
      people: 1,
    });
    // The coach's own journal has only what the coach wrote.
    expect((await own.db.reflections.toArray()).map(({ asked }) => asked)).toEqual(['My own reflection']);
    expect(await own.db.people.count()).toBe(0);
    expect(await kit.clients.list()).toEqual([outcome.client]);
    await deleteFreshJournal(own.db);
  });

  it('asks for a name for a new client and writes nothing without one', async () => {
    await expect(
      kit.clients.openExport(clientExport([first], '2026-04-01T10:00:00.000Z'), '   '),
    ).rejects.toThrow(ClientNameMissingError);
    expect(await kit.clients.list()).toEqual([]);
    const names = await Dexie.getDatabaseNames();
    expect(names.filter((name) => name.startsWith(CLIENT_DATABASE_PREFIX))).toEqual([]);
  });

  it("updates a client from a newer export of the same journal and keeps the coach's comments", async () => {
    const added = await kit.clients.openExport(
      clientExport([first, second], '2026-04-01T10:00:00.000Z'),
      'Sam',
    );
    const { client } = added;
    const comment = await kit.notes.addComment({
      clientId: client.id,
      reflectionId: first.id,
      principleId: null,
      text: 'Good that you asked early.',
    });
    await kit.notes.setFlag(client.id, first.id, true);

    const updated = await kit.clients.openExport(
      clientExport([first, third], '2026-05-01T10:00:00.000Z'),
      'ignored for a known journal',
    );

    expect(updated.kind).toBe('updated');
    expect(updated.client).toMatchObject({
      id: client.id,
      name: 'Sam',
      reflectionCount: 2,
      periodFrom: '2026-03-02',
      periodTo: '2026-04-11',
      exportedAt: '2026-05-01T10:00:00.000Z',
      newerExportOpenedAt: '2026-12-06T09:00:00.000Z',
    });
    // The workspace holds the newer export only: the reflection it left out is gone.
    expect((await workspaceOf(client.dbName)).reflections).toEqual([third.asked, first.asked].sort());
    expect(await kit.notes.commentsOn(client.id, first.id)).toEqual([comment]);
    expect(await kit.notes.isFlagged(client.id, first.id)).toBe(true);
    // The search worker's copy of the old export is let go.
    expect(kit.released).toContain(client.dbName);

    await kit.clients.markSeen(client.id);
    expect((await kit.clients.get(client.id))?.newerExportOpenedAt).toBeNull();
  });

  it('changes nothing for an export that is older than, or the same as, the one open', async () => {
    const { client } = await kit.clients.openExport(
      clientExport([first, second], '2026-04-01T10:00:00.000Z'),
      'Sam',
    );
    const same = await kit.clients.openExport(clientExport([third], '2026-04-01T10:00:00.000Z'), 'Sam');
    const older = await kit.clients.openExport(clientExport([third], '2026-03-25T10:00:00.000Z'), 'Sam');

    expect(same).toEqual({ kind: 'not-newer', client, isSame: true });
    expect(older).toEqual({ kind: 'not-newer', client, isSame: false });
    expect((await workspaceOf(client.dbName)).reflections).toEqual([second.asked, first.asked].sort());
    expect(await kit.clients.list()).toEqual([client]);
  });

  it('keeps two journals as two clients', async () => {
    await kit.clients.openExport(clientExport([first], '2026-04-01T10:00:00.000Z'), 'Sam');
    await kit.clients.openExport(
      clientExport([second], '2026-04-01T10:00:00.000Z', OTHER_JOURNAL_ID),
      'Alex',
    );
    expect((await kit.clients.list()).map(({ name }) => name)).toEqual(['Alex', 'Sam']);
  });

  it('leaves the previous export whole when a newer one fails while it is written', async () => {
    const { client } = await kit.clients.openExport(
      clientExport([first, second], '2026-04-01T10:00:00.000Z'),
      'Sam',
    );
    const good = clientExport([third], '2026-05-01T10:00:00.000Z');
    // A record that slipped past the file's checks: the journal's own write refuses it.
    const broken: JournalExport = {
      ...good,
      reflections: [...good.reflections, { ...third, id: 'not-an-id', asked: 'Broken' }],
    };

    await expect(kit.clients.openExport(broken, 'Sam')).rejects.toThrow();

    expect(await workspaceOf(client.dbName)).toEqual({
      reflections: [second.asked, first.asked].sort(),
      listRows: 2,
      facts: 2,
      people: 1,
    });
    expect(await kit.clients.get(client.id)).toEqual(client);
  });
});

describe('coach clients: the list', () => {
  it("reads the coach's database only: no workspace is opened to list 30 clients", async () => {
    const at = '2026-04-01T10:00:00.000Z';
    await kit.coach.clients.bulkAdd(
      Array.from({ length: 30 }, (_, index) => ({
        id: `client-${String(index).padStart(2, '0')}`,
        name: `Client ${String(index).padStart(2, '0')}`,
        journalId: `journal-${index}`,
        dbName: `${CLIENT_DATABASE_PREFIX}client-${index}`,
        periodFrom: '2025-01-01',
        periodTo: '2026-03-31',
        reflectionCount: 5_000,
        exportedAt: at,
        openedAt: at,
        updatedAt: at,
        newerExportOpenedAt: null,
      })),
    );
    const opened: string[] = [];
    const open = kit.workspaces.open.bind(kit.workspaces);
    kit.workspaces.open = (dbName: string) => {
      opened.push(dbName);
      return open(dbName);
    };

    const list = await kit.clients.list();

    expect(list.map(({ name }) => name)).toEqual(
      Array.from({ length: 30 }, (_, index) => `Client ${String(index).padStart(2, '0')}`),
    );
    expect(opened).toEqual([]);
  });
});

describe('coach clients: removing one', () => {
  it('deletes the workspace, its comments, flags and session notes, and no other client', async () => {
    const sam = (await kit.clients.openExport(clientExport([first], '2026-04-01T10:00:00.000Z'), 'Sam'))
      .client;
    const alex = (
      await kit.clients.openExport(
        clientExport([second], '2026-04-01T10:00:00.000Z', OTHER_JOURNAL_ID),
        'Alex',
      )
    ).client;
    for (const client of [sam, alex]) {
      await kit.notes.addComment({
        clientId: client.id,
        reflectionId: first.id,
        principleId: null,
        text: 'Hi',
      });
      await kit.notes.setFlag(client.id, first.id, true);
      await kit.notes.saveSessionNotes(client.id, { text: 'Ask about budgets', includeInFeedback: false });
    }

    await kit.clients.remove(sam.id);

    expect(await kit.clients.list()).toEqual([alex]);
    expect(await Dexie.exists(sam.dbName)).toBe(false);
    expect(await Dexie.exists(alex.dbName)).toBe(true);
    expect(await kit.notes.commentsFor(sam.id)).toEqual([]);
    expect(await kit.notes.flagsFor(sam.id)).toEqual([]);
    expect(await kit.notes.sessionNotes(sam.id)).toBeNull();
    expect(await kit.notes.commentsFor(alex.id)).toHaveLength(1);
    expect(await kit.notes.sessionNotes(alex.id)).not.toBeNull();
    // The workspace that stays still opens with its reflection.
    const db = new JournalDatabase(alex.dbName);
    expect(await db.reflections.count()).toBe(1);
    db.close();
  });
});
