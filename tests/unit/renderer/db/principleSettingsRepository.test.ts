import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  builtInPrinciples,
  resolvePrinciples,
  type PrincipleSetting,
} from '../../../../shared/domain/principles';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createPrincipleSettingsRepository,
  PRINCIPLE_SETTINGS_KEY,
  PrincipleSettingsValidationError,
  UNREADABLE_PRINCIPLE_SETTINGS_KEY,
  type PrincipleSettingsRepository,
} from '../../../../renderer/db/repositories/principleSettingsRepository';
import { uniqueDatabaseName } from './migrationHarness';

const NOW = new Date('2026-03-14T13:30:00.000Z');
let db: JournalDatabase;
let repository: PrincipleSettingsRepository;

beforeEach(async () => {
  db = new JournalDatabase(uniqueDatabaseName('principle-settings'));
  await db.open();
  repository = createPrincipleSettingsRepository(db, () => NOW);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function resolved() {
  return resolvePrinciples(builtInPrinciples, (await repository.read()).settings);
}

async function storedValue(key = PRINCIPLE_SETTINGS_KEY): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

/** The rejection of `promise`, so a test can look at its issues. */
async function rejectionOf(promise: Promise<unknown>): Promise<PrincipleSettingsValidationError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof PrincipleSettingsValidationError)) {
    throw new Error(`Expected a PrincipleSettingsValidationError, got ${String(error)}`);
  }
  return error;
}

describe('principle settings repository', () => {
  it('reads no settings and no problem from a journal nobody has customized', async () => {
    expect(await repository.read()).toEqual({ settings: [], problem: null });
    expect((await resolved()).map(({ title }) => title)).toEqual(builtInPrinciples.map(({ title }) => title));
  });

  it('adds a principle of your own with a time-ordered id, after the built-ins', async () => {
    const added = await repository.add({
      title: '  Shared data first ',
      description: 'Lead with the numbers.',
    });
    expect(added).toMatchObject({ kind: 'custom', title: 'Shared data first', isHidden: false });
    expect(added.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(parseInt(added.id.replace('-', '').slice(0, 12), 16)).toBe(NOW.getTime());
    const principles = await resolved();
    expect(principles).toHaveLength(5);
    expect(principles[4]).toMatchObject({
      id: added.id,
      title: 'Shared data first',
      description: 'Lead with the numbers.',
      isBuiltIn: false,
    });
  });

  it('refuses an empty name with the message for that field and writes nothing', async () => {
    const error = await rejectionOf(repository.add({ title: '   ', description: '' }));
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['title'], message: 'Principle name cannot be empty' }),
    ]);
    expect(await storedValue()).toBeUndefined();
  });

  it('refuses a name another principle has, ignoring case, and says when that one is hidden', async () => {
    await expect(repository.add({ title: 'build PARTNERSHIPS', description: '' })).rejects.toThrow(
      'You already have a principle called "Build partnerships".',
    );
    await repository.update('empowered-adults', { isHidden: true });
    await expect(repository.add({ title: 'Empowered adults', description: '' })).rejects.toThrow(
      /It is hidden; choose Show to bring it back/,
    );
  });

  it('renames a built-in without changing its id, and renaming it back leaves nothing stored', async () => {
    await repository.update('build-partnerships', { title: 'Partnerships first' });
    expect(await storedValue()).toEqual([
      { kind: 'override', principleId: 'build-partnerships', title: 'Partnerships first' },
    ]);
    expect((await resolved())[3]).toMatchObject({ id: 'build-partnerships', title: 'Partnerships first' });

    await repository.restoreOriginal('build-partnerships', 'title');
    expect(await storedValue()).toEqual([]);
    expect((await resolved())[3]?.title).toBe('Build partnerships');
  });

  it('keeps one override per built-in however many times it is changed', async () => {
    await repository.update('empowered-adults', { title: 'Own it' });
    await repository.update('empowered-adults', { isHidden: true });
    await repository.update('empowered-adults', { description: 'Yours to solve.' });
    expect(await storedValue()).toEqual([
      {
        kind: 'override',
        principleId: 'empowered-adults',
        title: 'Own it',
        description: 'Yours to solve.',
        isHidden: true,
      },
    ]);
    await repository.restoreOriginal('empowered-adults', 'description');
    await repository.update('empowered-adults', { isHidden: false });
    expect(await storedValue()).toEqual([
      { kind: 'override', principleId: 'empowered-adults', title: 'Own it' },
    ]);
  });

  it('edits a custom principle in place, folding in any overrides an import left for it', async () => {
    const added = await repository.add({ title: 'Listen first', description: '' });
    const stray: PrincipleSetting = {
      kind: 'override',
      principleId: added.id,
      description: 'From an import',
    };
    await db.meta.put({
      key: PRINCIPLE_SETTINGS_KEY,
      value: [...((await storedValue()) as unknown[]), stray],
    });

    await repository.update(added.id, { title: 'Listen before speaking', isHidden: true });
    expect(await storedValue()).toEqual([
      {
        kind: 'custom',
        id: added.id,
        title: 'Listen before speaking',
        description: 'From an import',
        prompts: [],
        isHidden: true,
      },
    ]);
  });

  it('does not let a rename take the name of another principle', async () => {
    const added = await repository.add({ title: 'Listen first', description: '' });
    await expect(repository.update(added.id, { title: 'Sphere of Influence' })).rejects.toBeInstanceOf(
      PrincipleSettingsValidationError,
    );
    // Its own name in other letters is still its own.
    await repository.update(added.id, { title: 'LISTEN FIRST' });
    expect((await resolved())[4]?.title).toBe('LISTEN FIRST');
  });

  it('refuses to change a principle it does not know', async () => {
    const error = await rejectionOf(
      repository.update('019ce0a2-5d40-7000-8000-00000000abcd', { title: 'Ghost' }),
    );
    expect(error.issues[0]?.path).toEqual([]);
    expect(await storedValue()).toBeUndefined();
  });

  it('refuses the 201st setting with a message about the whole list', async () => {
    const many = Array.from({ length: 200 }, (_, index) => ({
      kind: 'custom',
      id: `019ce0a2-5d40-7000-8000-${String(index).padStart(12, '0')}`,
      title: `Principle ${index}`,
      description: '',
      prompts: [],
      isHidden: false,
    }));
    await db.meta.put({ key: PRINCIPLE_SETTINGS_KEY, value: many });
    const error = await rejectionOf(repository.add({ title: 'One more', description: '' }));
    expect(error.issues[0]).toMatchObject({ path: [], message: 'Too many principle settings (200 at most)' });
    expect(await storedValue()).toHaveLength(200);
  });

  describe('a stored value that fails the schema', () => {
    const corrupt = [{ kind: 'override', principleId: 'empowered-adults', title: 42 }];

    beforeEach(async () => {
      await db.meta.put({ key: PRINCIPLE_SETTINGS_KEY, value: corrupt });
    });

    it('is read as the built-ins, with a problem to report instead of an exception', async () => {
      const read = await repository.read();
      expect(read.settings).toEqual([]);
      expect(read.problem).toMatch(/could not be read/);
      expect((await resolved())[0]?.title).toBe('Empowered adults');
    });

    it('is kept aside, not destroyed, when the next change replaces it', async () => {
      await repository.update('build-partnerships', { title: 'Partnerships first' });
      expect(await storedValue(UNREADABLE_PRINCIPLE_SETTINGS_KEY)).toEqual({
        setAsideAt: NOW.toISOString(),
        value: corrupt,
      });
      expect(await repository.read()).toEqual({
        settings: [{ kind: 'override', principleId: 'build-partnerships', title: 'Partnerships first' }],
        problem: null,
      });
    });

    it('is read as the built-ins whatever shape it has', async () => {
      for (const value of [null, 'text', { kind: 'custom' }, [null]]) {
        await db.meta.put({ key: PRINCIPLE_SETTINGS_KEY, value });
        expect((await repository.read()).problem).not.toBeNull();
      }
    });
  });
});
