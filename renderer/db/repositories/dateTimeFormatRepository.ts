import {
  defaultDateTimeFormatPreference,
  readDateTimeFormatPreference,
  type DateTimeFormatPreference,
} from '../../../shared/domain/dateTimeFormat';
import type { JournalDatabase } from '../JournalDatabase';
import { loadWriteSchemas, writeSchemasIfLoaded } from './writeSchemas';

/** The `meta` row holding the date and time format. Never renamed: journals in use are keyed by it. */
export const DATE_TIME_FORMAT_KEY = 'dateTimeFormat';

export interface StoredDateTimeFormat {
  readonly preference: DateTimeFormatPreference;
  /** The stored value when it could not be read (a newer build's choice), or null. */
  readonly unreadable: unknown;
}

/** A missing row means nobody chose; a value this build does not know falls back to the language's format. */
export function parseStoredDateTimeFormat(value: unknown): StoredDateTimeFormat {
  if (value === undefined) return { preference: defaultDateTimeFormatPreference, unreadable: null };
  // Read before the first rows, so without zod (the schema checks writes).
  const preference = readDateTimeFormatPreference(value);
  return preference !== null
    ? { preference, unreadable: null }
    : { preference: defaultDateTimeFormatPreference, unreadable: value };
}

/**
 * The only code that reads or writes the date and time format: one row in the `meta` table, so
 * the choice stays with the journal in the desktop app and the browser alike.
 */
export function createDateTimeFormatRepository(db: JournalDatabase) {
  return {
    async read(): Promise<StoredDateTimeFormat> {
      return parseStoredDateTimeFormat((await db.meta.get(DATE_TIME_FORMAT_KEY))?.value);
    },

    /** Saves a choice; throws for anything but the offered choices, leaving the stored one as it was. */
    async write(preference: DateTimeFormatPreference): Promise<void> {
      const { dateTimeFormatPreferenceSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const checked = dateTimeFormatPreferenceSchema.parse(preference);
      await db.meta.put({ key: DATE_TIME_FORMAT_KEY, value: checked });
    },

    /**
     * Changes one part of the choice, reading the stored one in the same transaction: two quick
     * changes (time format, then date order) both stay, even before the page has seen the first.
     */
    async change(part: Partial<DateTimeFormatPreference>): Promise<void> {
      const { dateTimeFormatPreferenceSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      await db.transaction('rw', db.meta, async () => {
        const { preference } = parseStoredDateTimeFormat((await db.meta.get(DATE_TIME_FORMAT_KEY))?.value);
        const checked = dateTimeFormatPreferenceSchema.parse({ ...preference, ...part });
        await db.meta.put({ key: DATE_TIME_FORMAT_KEY, value: checked });
      });
    },
  };
}

export type DateTimeFormatRepository = ReturnType<typeof createDateTimeFormatRepository>;
