import { builtInPrinciples, resolvePrinciples } from '../../../shared/domain/builtInPrinciples';
import type { CustomPrinciple, PrincipleSetting, ResolvedPrinciple } from '../../../shared/domain/principles';
import { newTimeOrderedId } from '../../../shared/domain/timeOrderedId';
import type { IssueLike } from '../../../shared/domain/validationMessages';
import type { JournalDatabase } from '../JournalDatabase';
import type { StoredPrincipleSettings } from './storedPrincipleSettings';
import { loadedWriteSchemas, loadWriteSchemas, writeSchemasIfLoaded } from './writeSchemas';

export type { StoredPrincipleSettings } from './storedPrincipleSettings';

/** The `meta` row holding the settings. Never renamed: journals in use are keyed by it. */
export const PRINCIPLE_SETTINGS_KEY = 'principleSettings';
/** Where an unreadable value is moved before a write replaces it, so it is never destroyed. */
export const UNREADABLE_PRINCIPLE_SETTINGS_KEY = 'principleSettings.unreadable';

export const unreadablePrincipleSettingsMessage =
  'Your principle settings could not be read, so the four built-in principles are shown as they came. ' +
  'Nothing was deleted: the unreadable settings are kept aside, and any change you make here starts afresh.';

export class PrincipleSettingsValidationError extends Error {
  constructor(readonly issues: readonly IssueLike[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'PrincipleSettingsValidationError';
  }
}

export interface PrincipleChanges {
  readonly title?: string;
  readonly description?: string;
  readonly isHidden?: boolean;
}

/** Inside a transaction: the write that opened it loaded the schemas. */
function checked(candidate: unknown): PrincipleSetting {
  const result = loadedWriteSchemas().principleSettingSchema.safeParse(candidate);
  if (!result.success) throw new PrincipleSettingsValidationError(result.error.issues);
  return result.data;
}

const nameKey = (title: string) => title.trim().toLocaleLowerCase();

/** Two principles with one name would be indistinguishable in the flow, the journal and the filters. */
function requireFreeName(principles: readonly ResolvedPrinciple[], title: string, ownId: string | null) {
  const taken = principles.find(({ id, title: other }) => id !== ownId && nameKey(other) === nameKey(title));
  if (taken === undefined) return;
  const hint = taken.isHidden ? ' It is hidden; choose Show to bring it back.' : '';
  throw new PrincipleSettingsValidationError([
    { path: ['title'], message: `You already have a principle called "${taken.title}".${hint}` },
  ]);
}

const isOverrideOf = (principleId: string) => (setting: PrincipleSetting) =>
  setting.kind === 'override' && setting.principleId === principleId;

/** Every override of one principle folded into one set of changes, later ones winning as resolvePrinciples does. */
function foldedOverrides(settings: readonly PrincipleSetting[], principleId: string): PrincipleChanges {
  let folded: PrincipleChanges = {};
  for (const setting of settings) {
    if (setting.kind !== 'override' || setting.principleId !== principleId) continue;
    const { title, description, isHidden } = setting;
    folded = {
      ...folded,
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      ...(isHidden === undefined ? {} : { isHidden }),
    };
  }
  return folded;
}

function definedChanges({ title, description, isHidden }: PrincipleChanges): PrincipleChanges {
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(isHidden === undefined ? {} : { isHidden }),
  };
}

/**
 * One principle changed. The list stays compact (it is capped at 200 entries): a custom
 * principle is edited in place, a built-in keeps at most one override, and an override that
 * only repeats the built-in's own words is dropped, so renaming back is the same as never renaming.
 */
function withChanges(
  settings: readonly PrincipleSetting[],
  target: ResolvedPrinciple,
  changes: PrincipleChanges,
): PrincipleSetting[] {
  const others = settings.filter((setting) => !isOverrideOf(target.id)(setting));
  const merged = { ...foldedOverrides(settings, target.id), ...definedChanges(changes) };
  if (!target.isBuiltIn) {
    return others.map((setting) =>
      setting.kind === 'custom' && setting.id === target.id ? checked({ ...setting, ...merged }) : setting,
    );
  }
  const original = builtInPrinciples.find(({ id }) => id === target.id);
  const override = {
    kind: 'override',
    principleId: target.id,
    ...(merged.title === undefined || merged.title.trim() === original?.title ? {} : { title: merged.title }),
    ...(merged.description === undefined || merged.description === original?.description
      ? {}
      : { description: merged.description }),
    ...(merged.isHidden === true ? { isHidden: true } : {}),
  };
  return Object.keys(override).length > 2 ? [...others, checked(override)] : others;
}

/**
 * The only code that writes principle settings: one validated list in the `meta` table, so
 * they travel with the journal. Principle ids never change; reflections refer to them.
 */
export function createPrincipleSettingsRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  /** Reads, edits and writes in one transaction, so two windows editing at once never lose a change. */
  async function change(
    edit: (
      settings: readonly PrincipleSetting[],
      principles: readonly ResolvedPrinciple[],
    ) => PrincipleSetting[],
  ): Promise<void> {
    // Loaded before the transaction: it may be an import's, where only Dexie may be awaited.
    const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
    await db.transaction('rw', db.meta, async () => {
      const row = await db.meta.get(PRINCIPLE_SETTINGS_KEY);
      const stored = schemas.parseStoredPrincipleSettings(row?.value);
      const edited = edit(stored.settings, resolvePrinciples(builtInPrinciples, stored.settings));
      const list = schemas.principleSettingsSchema.safeParse(edited);
      if (!list.success) throw new PrincipleSettingsValidationError(list.error.issues);
      if (stored.problem !== null && row !== undefined) {
        await db.meta.put({
          key: UNREADABLE_PRINCIPLE_SETTINGS_KEY,
          value: { setAsideAt: now().toISOString(), value: row.value },
        });
      }
      await db.meta.put({ key: PRINCIPLE_SETTINGS_KEY, value: list.data });
    });
  }

  function find(principles: readonly ResolvedPrinciple[], principleId: string): ResolvedPrinciple {
    const target = principles.find(({ id }) => id === principleId);
    if (target !== undefined) return target;
    throw new PrincipleSettingsValidationError([
      { path: [], message: 'That principle is no longer in your journal. Reload to see the current list.' },
    ]);
  }

  /** Renames, re-describes, hides or shows any principle; its id stays as it is. */
  async function update(principleId: string, changes: PrincipleChanges): Promise<void> {
    await change((settings, principles) => {
      const target = find(principles, principleId);
      const next = withChanges(settings, target, changes);
      if (changes.title !== undefined) {
        const title = resolvePrinciples(builtInPrinciples, next).find(({ id }) => id === principleId)?.title;
        requireFreeName(principles, title ?? changes.title, principleId);
      }
      return next;
    });
  }

  return {
    update,

    /** An import's custom principles and overrides, after the journal's own (planImport leaves out ones it has). */
    appendImported(settings: readonly PrincipleSetting[]): Promise<void> {
      return change((current) => [...current, ...settings]);
    },

    /**
     * The settings, checked. Inside a transaction (an export's read, a backup's) the caller has
     * loaded the schemas first (loadWriteSchemas), so nothing but Dexie is awaited there.
     */
    async read(): Promise<StoredPrincipleSettings> {
      const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      return schemas.parseStoredPrincipleSettings((await db.meta.get(PRINCIPLE_SETTINGS_KEY))?.value);
    },

    /**
     * The stored value as it is, for a live read (Dexie's liveQuery loses its transaction across
     * any other promise, so it cannot wait for the schemas); `check` reads it once they are in.
     */
    async storedValue(): Promise<unknown> {
      return (await db.meta.get(PRINCIPLE_SETTINGS_KEY))?.value;
    },

    /**
     * A stored value (storedValue) checked as read() checks it, or null while the schemas are
     * not loaded yet and there is something to check: loadWriteSchemas, then ask again.
     */
    check(value: unknown): StoredPrincipleSettings | null {
      if (value === undefined) return { settings: [], problem: null };
      return writeSchemasIfLoaded()?.parseStoredPrincipleSettings(value) ?? null;
    },

    /** A principle of the person's own, after the others; throws PrincipleSettingsValidationError naming each problem. */
    async add(input: { readonly title: string; readonly description: string }): Promise<CustomPrinciple> {
      await loadWriteSchemas();
      const custom = checked({
        kind: 'custom',
        id: newTimeOrderedId(now()),
        title: input.title,
        description: input.description,
        prompts: [],
        isHidden: false,
      });
      if (custom.kind !== 'custom') throw new Error('A new principle must be a custom principle.');
      await change((settings, principles) => {
        requireFreeName(principles, custom.title, null);
        return [...settings, custom];
      });
      return custom;
    },

    /** Gives a built-in its own name or description back. */
    async restoreOriginal(principleId: string, field: 'title' | 'description'): Promise<void> {
      const original = builtInPrinciples.find(({ id }) => id === principleId);
      if (original === undefined) throw new Error(`Not a built-in principle: ${principleId}`);
      await update(principleId, { [field]: original[field] });
    },
  };
}

export type PrincipleSettingsRepository = ReturnType<typeof createPrincipleSettingsRepository>;
