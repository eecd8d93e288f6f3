import { isWeekStartPreference, type WeekStartPreference } from '../../../shared/domain/weekStartPreference';
import type { JournalDatabase } from '../JournalDatabase';
import { loadWriteSchemas, writeSchemasIfLoaded } from './writeSchemas';

/** The `meta` row holding the first day of the week. Never renamed: journals in use are keyed by it. */
export const WEEK_START_KEY = 'weekStart';

export interface StoredWeekStart {
  readonly preference: WeekStartPreference;
  /** The stored value when it could not be read (a newer build's choice), or null. */
  readonly unreadable: unknown;
}

/** A missing row means nobody chose; a value this build does not know falls back to the language's day. */
export function parseStoredWeekStart(value: unknown): StoredWeekStart {
  if (value === undefined) return { preference: 'locale', unreadable: null };
  // Read before the first rows, so without zod (the schema checks writes).
  return isWeekStartPreference(value)
    ? { preference: value, unreadable: null }
    : { preference: 'locale', unreadable: value };
}

/**
 * The only code that reads or writes the first day of the week: one row in the `meta` table,
 * so the choice stays with the journal in the desktop app and the browser alike.
 */
export function createWeekStartRepository(db: JournalDatabase) {
  return {
    async read(): Promise<StoredWeekStart> {
      return parseStoredWeekStart((await db.meta.get(WEEK_START_KEY))?.value);
    },

    /** Saves a choice; throws for anything but one of the four choices, leaving the stored one as it was. */
    async write(preference: WeekStartPreference): Promise<void> {
      const { weekStartPreferenceSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const checked = weekStartPreferenceSchema.parse(preference);
      await db.meta.put({ key: WEEK_START_KEY, value: checked });
    },
  };
}

export type WeekStartRepository = ReturnType<typeof createWeekStartRepository>;
