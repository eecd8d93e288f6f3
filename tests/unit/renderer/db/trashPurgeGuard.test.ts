import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { decideTrashPurge } from '../../../../renderer/db/repositories/trashPurgeGuard';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

const DAY_MS = 86_400_000;

describe('decideTrashPurge', () => {
  const now = new Date('2026-03-10T09:00:00Z');
  const base = { now, appVersion: '1.2.0', lastPurgeAppVersion: '1.2.0', lastWriteAt: now.toISOString() };

  it('purges when the version is known and the clock is within a day of the newest change', () => {
    expect(decideTrashPurge(base)).toEqual({ purge: true });
    const almostADay = new Date(now.getTime() - DAY_MS + 1000).toISOString();
    expect(decideTrashPurge({ ...base, lastWriteAt: almostADay })).toEqual({ purge: true });
  });

  it('waits when the clock is more than a day ahead of the newest saved change', () => {
    const older = new Date(now.getTime() - DAY_MS - 1000).toISOString();
    expect(decideTrashPurge({ ...base, lastWriteAt: older })).toEqual({
      purge: false,
      reason: 'clock-ahead',
    });
  });

  it('waits on the first start of a new version, and when nothing says when the last write was', () => {
    expect(decideTrashPurge({ ...base, lastPurgeAppVersion: '1.1.0' })).toEqual({
      purge: false,
      reason: 'first-start-of-version',
    });
    expect(decideTrashPurge({ ...base, lastPurgeAppVersion: undefined })).toMatchObject({ purge: false });
    expect(decideTrashPurge({ ...base, lastWriteAt: undefined })).toEqual({
      purge: false,
      reason: 'no-writes-yet',
    });
    expect(decideTrashPurge({ ...base, lastWriteAt: 'not a date' })).toMatchObject({ purge: false });
  });
});

describe('the Trash clean-up and the clock', () => {
  let db: JournalDatabase;
  let journal: Journal;
  let clock: Date;

  beforeEach(async () => {
    clock = new Date('2026-01-10T09:00:00Z');
    ({ db, journal } = await openFreshJournal('purge', () => clock));
  });

  afterEach(() => deleteFreshJournal(db));

  async function trashOne(): Promise<string> {
    const draft = createDraftReflection({ now: clock, timeZone: 'Europe/Berlin' });
    const saved = await journal.reflections.saveDraft({ ...draft, asked: 'In the Trash' });
    await journal.reflections.moveToTrash(saved.id);
    return saved.id;
  }

  it('keeps the Trash when the clock jumped a year ahead', async () => {
    const id = await trashOne();
    await journal.reflections.purgeExpiredTrash('1.0.0');
    clock = new Date(clock.getTime() + 365 * DAY_MS);
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(0);
    expect(await journal.reflections.get(id)).toBeDefined();
  });

  it('never purges on the first start after an update, and does on the next', async () => {
    const id = await trashOne();
    await journal.reflections.purgeExpiredTrash('1.0.0');
    clock = new Date(clock.getTime() + 31 * DAY_MS);
    await journal.reflections.saveDraft(createDraftReflection({ now: clock, timeZone: 'Europe/Berlin' }));

    expect(await journal.reflections.purgeExpiredTrash('1.1.0')).toBe(0);
    expect(await journal.reflections.get(id)).toBeDefined();
    expect(await journal.reflections.purgeExpiredTrash('1.1.0')).toBe(1);
    expect(await journal.reflections.get(id)).toBeUndefined();
  });
});
