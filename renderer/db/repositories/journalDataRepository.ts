import type { Person } from '../../../shared/domain/personSchema';
import {
  preparationDraftSchema,
  preparationReadySchema,
  type Preparation,
} from '../../../shared/domain/preparationSchema';
import type { PrincipleSetting } from '../../../shared/domain/principles';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { newTimeOrderedId } from '../../../shared/domain/timeOrderedId';
import type { JournalDatabase } from '../JournalDatabase';
import type { PersonRecord } from '../records';
import type { PersonRepository } from './personRepository';
import type { PrincipleSettingsRepository } from './principleSettingsRepository';
import { syncProgressFactsInBulk } from './progressRepository';
import type { ReflectionRepository } from './reflectionRepository';
import { LAST_WRITE_AT_KEY } from './trashPurgeGuard';
import { checkImportedReflection, needsSearchRebuild } from './importedReflections';
import { JOURNAL_ID_KEY } from './journalIdKey';
// An import's and a read's checks run inside their transactions, where nothing else may be
// awaited: importing the set here has it loaded before any of this runs (see writeSchemas.ts).
import './writeSchemaSet';

export { JOURNAL_ID_KEY } from './journalIdKey';

/** What the page holds of a journal: everything an export or an import plan needs, bar reminders. */
export interface JournalContents {
  readonly people: Person[];
  readonly principleSettings: PrincipleSetting[];
  readonly reflections: Reflection[];
  readonly preparations: Preparation[];
}

/** The writes an import plan asks for; planImport decides them, this only carries them out. */
export interface ImportWrites {
  readonly reflections: { readonly new: readonly Reflection[]; readonly updated: readonly Reflection[] };
  readonly people: { readonly new: readonly Person[]; readonly updated: readonly Person[] };
  /** Absent in writes made before plans existed (a restore of an older backup plans none). */
  readonly preparations?: { readonly new: readonly Preparation[]; readonly updated: readonly Preparation[] };
  /** Custom principles and overrides the journal lacks, added after its own. */
  readonly principleSettings?: { readonly new: readonly PrincipleSetting[] };
}

export interface ApplyImportOptions {
  /**
   * The new reflections were checked as a save checks them before they reached the page (the data
   * worker's prepareImport does, as it plans): they are written without a second check. Only a
   * plan from prepareImport may say so; a restore's and a workspace's do not.
   */
  readonly reflectionsChecked?: boolean;
}

/** What planImport compares a file with (reminders live outside the journal and are added by the page). */
export interface ExistingJournalIndex {
  readonly reflections: Map<string, { readonly updatedAt: string; readonly revision?: number }>;
  readonly preparations: Map<string, { readonly updatedAt: string; readonly revision: number }>;
  readonly people: Map<string, { readonly updatedAt: string }>;
  readonly peopleByNameKey: Map<string, { readonly id: string }>;
  readonly principleSettings: PrincipleSetting[];
}

export class JournalIdUnreadableError extends Error {
  override name = 'JournalIdUnreadableError';
}

/** A preparation in an import that does not pass the checks a save would make; nothing is written. */
export class PreparationImportError extends Error {
  override name = 'PreparationImportError';
}

/** The check a save makes: a ready plan must say who it is with and what is wanted from it. */
function checkedPreparation(preparation: Preparation): Preparation {
  const schema = preparation.status === 'ready' ? preparationReadySchema : preparationDraftSchema;
  const result = schema.safeParse(preparation);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const field =
    first === undefined || first.path.length === 0 ? '' : ` (${first.path.map(String).join('.')})`;
  throw new PreparationImportError(
    `Preparation ${preparation.id}${field}: ${first?.message ?? 'it does not pass its checks'}`,
  );
}

/** Journals from before reflections had a revision compare by updatedAt alone. */
function revisionOf(reflection: object): { revision?: number } {
  const revision = (reflection as { revision?: unknown }).revision;
  return typeof revision === 'number' ? { revision } : {};
}

const fromPersonRecord = ({ nameKey: _nameKey, ...person }: PersonRecord): Person => person;

/**
 * How many reflections one request reads or one import step writes. Each request's result is
 * copied into the page in one go, so a 50,000-reflection journal read or written at once would
 * hold the page for seconds; in steps of this size it stays responsive, inside one transaction.
 */
export const JOURNAL_DATA_STEP = 500;

/**
 * How many new reflections one import step checks and writes. Nothing is read first, so a step is
 * its check and two bulk writes issued together (its Progress months are built in memory). The page copies a step into IndexedDB in one task: 2,500 held it
 * for 1.4 s on a loaded machine, 400 still 300-470 ms at load 10-12, and 200 up to 160 ms at load
 * 11 (fourteenth session: the bench, and a CPU profile of an import, nearly all of it IndexedDB's
 * copy in `add`), so steps are kept to a size that copies in well under 200 ms. Steps are issued
 * while the one before is written, so a smaller step costs requests, not waiting.
 */
export const IMPORT_WRITE_STEP = 100;

/** Every reflection in primary-key order, JOURNAL_DATA_STEP at a time (call inside a transaction). */
async function readAllReflections(db: JournalDatabase): Promise<Reflection[]> {
  const all: Reflection[] = [];
  for (;;) {
    const last = all.at(-1);
    const from =
      last === undefined ? db.reflections.toCollection() : db.reflections.where(':id').above(last.id);
    const step = await from.limit(JOURNAL_DATA_STEP).toArray();
    for (const reflection of step) all.push(reflection);
    if (step.length < JOURNAL_DATA_STEP) return all;
  }
}

interface Repositories {
  readonly db: JournalDatabase;
  readonly reflections: ReflectionRepository;
  readonly people: PersonRepository;
  readonly principleSettings: PrincipleSettingsRepository;
}

/**
 * Reading and writing the journal as a whole, for export and import. Reflections still go
 * through the reflection repository and people through the person repository, so the list's
 * indexes and search follow an import exactly as they follow a save.
 */
export function createJournalDataRepository(journal: Repositories, now: () => Date = () => new Date()) {
  const { db } = journal;

  function readJournalId(value: unknown): string {
    if (typeof value === 'string' && value !== '') return value;
    // Replacing it would break every coach's link to this journal; better to say so.
    throw new JournalIdUnreadableError('The journal id stored in this journal could not be read.');
  }

  /** Every stored reflection (the Trash included), every person and the principle settings, as of one moment. */
  function readEverything() {
    return db.transaction('r', [db.reflections, db.people, db.preparations, db.meta], async () => {
      const [reflections, people, preparations, principles] = await Promise.all([
        readAllReflections(db),
        db.people.toArray(),
        db.preparations.toArray(),
        journal.principleSettings.read(),
      ]);
      return { reflections, people, preparations, principleSettings: [...principles.settings] };
    });
  }

  /**
   * Writes imported plans as the reflection repository writes imported reflections: the stored
   * revision is passed, so an editor still holding the old copy is told instead of writing over
   * the import. The caller holds the transaction.
   */
  async function importPreparations(preparations: readonly Preparation[]): Promise<void> {
    const stored = await db.preparations.bulkGet(preparations.map(({ id }) => id));
    const written = preparations.map((preparation, index) => {
      const before = stored[index];
      return before === undefined
        ? preparation
        : { ...preparation, revision: Math.max(preparation.revision, before.revision + 1) };
    });
    await db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() });
    await db.preparations.bulkPut(written);
  }

  /**
   * Writes reflections the journal does not hold (the plan says so), as a workspace is written:
   * nothing to read first, each step's reflections issued at once,
   * IMPORT_WRITE_STEP at a time, and their Progress months built as the steps go and each written
   * about once (`syncProgressFactsInBulk`). Each step is checked as a save checks (naming the
   * reflection and field) just before it is issued, so checking the next step overlaps IndexedDB's
   * writing of the one before; a bad one throws and the whole transaction is undone. Reflections
   * the data worker checked as it planned (`checked`) are not checked again. A large import
   * asks search for one rebuild instead of a change per reflection. `bulkAdd` fails if one of them
   * was saved meanwhile, and the whole import with it. The caller holds the transaction.
   */
  async function writeNewReflections(added: readonly Reflection[], checked: boolean): Promise<void> {
    const stored = await db.reflections.count();
    await db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() });
    // Only reflections not stored yet are added: none has a fact stored anywhere.
    const months = syncProgressFactsInBulk(db, added);
    // Each step's requests are copied into IndexedDB in one task of the page, so steps stay small;
    // the next step is issued while the one before is still being written, so nothing waits idle.
    let writing: Promise<unknown> = Promise.resolve();
    let checkMs = 0;
    for (let start = 0; start < added.length; start += IMPORT_WRITE_STEP) {
      const checkAt = performance.now();
      const slice = added.slice(start, start + IMPORT_WRITE_STEP);
      const step = checked ? slice : slice.map(checkImportedReflection);
      checkMs += performance.now() - checkAt;
      const written = db.reflections.bulkAdd(step);
      // Handled when awaited below; without this, a failure here would be reported as unhandled first.
      written.catch(() => undefined);
      await months.add(step);
      await writing;
      writing = written;
    }
    await writing;
    // The checks' time, spread over the steps (the bench prints it).
    performance.measure('data:import-check-in-steps', {
      start: performance.now(),
      detail: { checkMs: Math.round(checkMs) },
    });
    const finishing = performance.now();
    await months.finish();
    // How many month records the import wrote (the bench prints it): each month about once.
    performance.measure('data:import-months-last', {
      start: finishing,
      end: performance.now(),
      detail: { monthsWritten: months.monthsWritten },
    });
    if (needsSearchRebuild(added.length, stored)) {
      await db.searchChanges.add({ reflectionId: '', kind: 'rebuild' });
    } else {
      await db.searchChanges.bulkAdd(added.map(({ id }) => ({ reflectionId: id, kind: 'put' as const })));
    }
  }

  return {
    /** The journal's own id, made on first use and kept forever. */
    async journalId(): Promise<string> {
      const stored = await db.meta.get(JOURNAL_ID_KEY);
      if (stored !== undefined) return readJournalId(stored.value);
      // Checked again inside a write transaction: two tabs asking at once get one id, because
      // IndexedDB runs their transactions on `meta` one after the other.
      return db.transaction('rw', db.meta, async () => {
        const again = await db.meta.get(JOURNAL_ID_KEY);
        if (again !== undefined) return readJournalId(again.value);
        const id = newTimeOrderedId(now());
        await db.meta.add({ key: JOURNAL_ID_KEY, value: id });
        return id;
      });
    },

    /** Every reflection and preparation outside the Trash, every person and the principle settings, as of one moment. */
    async readSnapshot(): Promise<JournalContents> {
      const { reflections, people, preparations, principleSettings } = await readEverything();
      return {
        reflections: reflections.filter((reflection) => reflection.deletedAt === null),
        preparations: preparations.filter((preparation) => preparation.deletedAt === null),
        people: people.map(fromPersonRecord),
        principleSettings,
      };
    },

    /**
     * What an import is compared with: every reflection, the Trash included (an import must not
     * bring back as new what the person deleted), every person by id and by name, and the
     * principle settings.
     */
    async existingIndex(): Promise<ExistingJournalIndex> {
      const { reflections, people, preparations, principleSettings } = await readEverything();
      return {
        reflections: new Map(
          reflections.map(({ id, updatedAt, ...rest }) => [id, { updatedAt, ...revisionOf(rest) }]),
        ),
        preparations: new Map(
          preparations.map(({ id, updatedAt, revision }) => [id, { updatedAt, revision }]),
        ),
        people: new Map(people.map(({ id, updatedAt }) => [id, { updatedAt }])),
        peopleByNameKey: new Map(people.map(({ id, nameKey }) => [nameKey, { id }])),
        principleSettings,
      };
    },

    /**
     * Writes an import in one transaction over every table, so whatever the reflection
     * repository touches (search changes, Progress months, tables added later) is inside it: a
     * failure anywhere, a bad record included, leaves the journal as it was.
     */
    async applyImport(
      plan: ImportWrites,
      { reflectionsChecked = false }: ApplyImportOptions = {},
    ): Promise<{ reflections: number; people: number; preparations: number }> {
      const people = [...plan.people.new, ...plan.people.updated];
      const reflections = [...plan.reflections.new, ...plan.reflections.updated];
      // Checked before the transaction opens: a plan a save would refuse stops the whole import.
      const preparations = [...(plan.preparations?.new ?? []), ...(plan.preparations?.updated ?? [])].map(
        checkedPreparation,
      );
      const settings = plan.principleSettings?.new ?? [];
      const nothing =
        people.length === 0 && reflections.length === 0 && preparations.length === 0 && settings.length === 0;
      if (nothing) return { reflections: 0, people: 0, preparations: 0 };
      const writeAt = performance.now();
      await db.transaction('rw', db.tables, async () => {
        await journal.people.bulkImport(people);
        // Updated ones go through the reflection repository: it reads the stored copy for its revision.
        const { updated } = plan.reflections;
        for (let start = 0; start < updated.length; start += JOURNAL_DATA_STEP) {
          await journal.reflections.bulkImport(updated.slice(start, start + JOURNAL_DATA_STEP));
        }
        if (plan.reflections.new.length > 0)
          await writeNewReflections(plan.reflections.new, reflectionsChecked);
        if (preparations.length > 0) await importPreparations(preparations);
        if (settings.length > 0) await journal.principleSettings.appendImported(settings);
        performance.measure('data:import-requests', { start: writeAt, end: performance.now() });
      });
      // The part after the last request: IndexedDB committing the transaction.
      performance.measure('data:import-transaction', { start: writeAt, end: performance.now() });
      return { reflections: reflections.length, people: people.length, preparations: preparations.length };
    },
  };
}

export type JournalDataRepository = ReturnType<typeof createJournalDataRepository>;
