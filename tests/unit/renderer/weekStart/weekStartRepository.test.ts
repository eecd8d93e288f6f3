import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WeekStartPreference } from '../../../../shared/domain/weekStartPreference';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createWeekStartRepository,
  WEEK_START_KEY,
  type WeekStartRepository,
} from '../../../../renderer/db/repositories/weekStartRepository';
import { uniqueDatabaseName } from '../db/migrationHarness';

let db: JournalDatabase;
let repository: WeekStartRepository;

beforeEach(async () => {
  db = new JournalDatabase(uniqueDatabaseName('week-start'));
  await db.open();
  repository = createWeekStartRepository(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('week start repository', () => {
  it('follows the language settings in a journal where nobody chose', async () => {
    expect(await repository.read()).toEqual({ preference: 'locale', unreadable: null });
  });

  it('keeps the chosen day in the journal’s meta table', async () => {
    await repository.write('saturday');
    expect(await repository.read()).toEqual({ preference: 'saturday', unreadable: null });
    expect((await db.meta.get(WEEK_START_KEY))?.value).toBe('saturday');
    await repository.write('locale');
    expect((await repository.read()).preference).toBe('locale');
  });

  it('refuses anything but the four choices and leaves the saved one as it was', async () => {
    await repository.write('sunday');
    await expect(repository.write('tuesday' as WeekStartPreference)).rejects.toThrow();
    expect((await db.meta.get(WEEK_START_KEY))?.value).toBe('sunday');
  });

  it('reads a value it does not know as the language default and says what it was', async () => {
    await db.meta.put({ key: WEEK_START_KEY, value: 'wednesday' });
    expect(await repository.read()).toEqual({ preference: 'locale', unreadable: 'wednesday' });
  });
});
