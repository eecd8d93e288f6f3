import type { FeedbackFile } from '../../../shared/coach/feedbackFile';
import type { AttachmentsNotImported } from '../../../shared/data/dayOne';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { planImport, type ExistingJournal, type ImportPlan } from '../../../shared/data/planImport';
import { readImportFile } from '../../../shared/data/readImportFile';
import { ImportFileError } from '../../../shared/data/importErrors';
import { checkDraftReadReflections } from '../../db/repositories/importedReflections';
import { formatCount } from '../../app/formatCount';

/** A file read and compared with the journal, waiting for the person to confirm. */
export interface PreparedImport {
  readonly fileName: string;
  readonly plan: ImportPlan;
  /** Why records were left out, in words: the plan's reasons and Day One entries that could not be read. */
  readonly skippedReasons: readonly string[];
  /** Reflections the file holds that will not be written, Day One entries that could not be read included. */
  readonly skippedReflections: number;
  readonly attachmentsNotImported: readonly AttachmentsNotImported[];
  readonly notices: readonly string[];
}

export type PrepareResult =
  | { readonly kind: 'needs-passphrase' }
  | ({ readonly kind: 'ready' } & PreparedImport)
  // A coach's feedback is attached to reflections, not imported as a journal: the page hands it on.
  | { readonly kind: 'feedback'; readonly fileName: string; readonly feedback: FeedbackFile };

/**
 * The plan's reflections checked as a save checks them, once, here (in the data worker) before
 * anything is written: the page then writes them without checking each again. A reflection a save
 * would refuse refuses the file, naming the reflection and field.
 */
function checkPlannedReflections(plan: ImportPlan): void {
  try {
    checkDraftReadReflections(plan.reflections.new);
    checkDraftReadReflections(plan.reflections.updated);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ReflectionValidationError') throw error;
    const stop = /[.!?]$/.test(error.message) ? '' : '.';
    throw new ImportFileError(`This file cannot be imported. ${error.message}${stop}`, { cause: error });
  }
}

/**
 * Reads the file and plans the import, writing nothing. Throws ImportFileError (the file) with a
 * message naming the problem; the journal is untouched either way. The plan's new and updated
 * reflections are checked as a save checks them (applyImport's `reflectionsChecked`).
 */
export async function prepareImport(
  bytes: Uint8Array,
  fileName: string,
  passphrase: string | undefined,
  existing: ExistingJournal,
): Promise<PrepareResult> {
  const reading = await readImportFile(bytes, fileName, passphrase === undefined ? {} : { passphrase });
  if (reading.kind === 'needs-passphrase') return reading;
  if (reading.kind === 'feedback') return { kind: 'feedback', fileName, feedback: reading.feedback };
  const incoming: JournalSnapshot =
    reading.kind === 'journal'
      ? {
          people: reading.export.people,
          principleSettings: reading.export.principleSettings,
          reflections: reading.export.reflections,
          preparations: reading.export.preparations,
          reminders: reading.export.reminders,
        }
      : reading.snapshot;
  const plan = planImport(incoming, existing);
  checkPlannedReflections(plan);
  const planReasons = [...plan.reflections.skipped, ...plan.preparations.skipped, ...plan.people.skipped].map(
    ({ id, reason }) => `${id}: ${reason}`,
  );
  const dayOne = reading.kind === 'day-one' ? reading : null;
  return {
    kind: 'ready',
    fileName,
    plan,
    skippedReasons: [
      ...planReasons,
      ...(dayOne?.skipped ?? []).map(({ dayOneUuid, reason }) => `Day One entry ${dayOneUuid}: ${reason}`),
    ],
    skippedReflections: plan.reflections.skipped.length + (dayOne?.skipped.length ?? 0),
    attachmentsNotImported: dayOne?.attachmentsNotImported ?? [],
    notices: dayOne?.notices ?? [],
  };
}

/** "3 new, 1 updated, 0 unchanged, 2 skipped": the reflections an import would write. */
export function describePlan(prepared: PreparedImport): string {
  const { reflections } = prepared.plan;
  return [
    `${formatCount(reflections.new.length)} new`,
    `${formatCount(reflections.updated.length)} updated`,
    `${formatCount(reflections.unchanged)} unchanged`,
    `${formatCount(prepared.skippedReflections)} skipped`,
  ].join(', ');
}

/** "1 new, 0 updated, 2 unchanged, 0 skipped": the preparations an import would write. */
export function describePreparationPlan(prepared: PreparedImport): string {
  const { preparations } = prepared.plan;
  return [
    `${formatCount(preparations.new.length)} new`,
    `${formatCount(preparations.updated.length)} updated`,
    `${formatCount(preparations.unchanged)} unchanged`,
    `${formatCount(preparations.skipped.length)} skipped`,
  ].join(', ');
}

/** Runs before an import writes anything: the backup feature backs the journal up here. */
let beforeImport: (() => Promise<void>) | null = null;

/** Sets what runs before every import; returns a function that removes it again. */
export function setBeforeImport(hook: () => Promise<void>): () => void {
  beforeImport = hook;
  return () => {
    if (beforeImport === hook) beforeImport = null;
  };
}

/** Throws when the step before an import failed, and then nothing may be imported. */
export async function runBeforeImport(): Promise<void> {
  await beforeImport?.();
}
