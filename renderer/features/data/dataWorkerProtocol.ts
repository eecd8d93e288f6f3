import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import type { ExistingJournal } from '../../../shared/data/planImport';
import type { ExportContext, ExportFile, ExportKind } from './exportFiles';
import type { JournalExportRequest, JournalExportResult } from './exportJournal';
import type { PrepareResult } from './importFlow';

/**
 * Messages between the Data page and its worker. Lists of reflections travel in parts of
 * PART_SIZE, each its own message, so that copying a 50,000-reflection journal across never holds
 * the page for long: a message is copied in one go on each side. Parts of 500 arriving with an
 * import's plan took up to 232 ms of one page task each at load 13 (fourteenth session).
 */
export const PART_SIZE = 250;

export type DataJob =
  | {
      readonly op: 'export';
      readonly kind: ExportKind;
      /** Sent with no reflections: they follow as parts named "reflections". */
      readonly snapshot: JournalSnapshot;
      readonly options: ExportOptions;
      readonly context: ExportContext;
    }
  | {
      /** Reads the journal of that name in the worker and builds the file as it reads. */
      readonly op: 'export-journal';
      readonly databaseName: string;
      readonly request: JournalExportRequest;
    }
  | {
      readonly op: 'prepare-import';
      /** The file as chosen (a Blob crosses without a copy of its bytes; the worker reads it), or its bytes. */
      readonly file: Blob | Uint8Array;
      readonly fileName: string;
      readonly passphrase: string | undefined;
      /** Sent with no reflections: they follow as parts named "existingReflections" (id, version). */
      readonly existing: ExistingJournal;
    }
  | {
      /**
       * Writes the plan the worker kept from the prepare-import job `planId` into the journal of
       * that name, in one transaction, as the page did. The plan's reflections never cross.
       */
      readonly op: 'apply-import';
      readonly planId: number;
      readonly databaseName: string;
    }
  | {
      /**
       * After apply-import: the reflections it wrote, sent back in parts named "written" once the
       * transaction has committed, for the Data page's counts (then the worker lets them go).
       */
      readonly op: 'take-written';
      readonly planId: number;
    };

/** A measure the worker took, for the page's timeline (the bench reads the page's). */
export interface CrossingMeasure {
  readonly name: string;
  /** Milliseconds since the epoch: the worker's clock and the page's start at different moments. */
  readonly startedAt: number;
  readonly duration: number;
  readonly detail: unknown;
}

/** What an import wrote, as applyImport counts it, and the measures taken while writing. */
export interface AppliedImport {
  readonly reflections: number;
  readonly people: number;
  readonly preparations: number;
  readonly measures: readonly CrossingMeasure[];
}

/** take-written's answer: its reflections come as parts; this says whether the worker still had them. */
export interface WrittenReflections {
  readonly found: boolean;
  /** Put together on the page from the parts. */
  readonly reflections?: readonly unknown[];
}

export type DataJobResult =
  ExportFile | JournalExportResult | PrepareResult | AppliedImport | WrittenReflections;

/** The parts each side sends: the page's lists of reflections, the reflections an import wrote. */
export type PartKey = 'reflections' | 'existingReflections' | 'written';

export type ToDataWorker =
  | { readonly type: 'part'; readonly jobId: number; readonly key: PartKey; readonly items: unknown[] }
  | { readonly type: 'run'; readonly jobId: number; readonly job: DataJob }
  /** The person cancelled, chose another file or left the page: the kept plan is dropped. */
  | { readonly type: 'discard-import'; readonly planId: number };

/** An error as it crosses: its class name (so ImportFileError stays one) and its message. */
export interface CrossingError {
  readonly name: string;
  readonly message: string;
}

export type FromDataWorker =
  | { readonly type: 'part'; readonly jobId: number; readonly key: PartKey; readonly items: unknown[] }
  | { readonly type: 'done'; readonly jobId: number; readonly result: DataJobResult }
  | { readonly type: 'failed'; readonly jobId: number; readonly error: CrossingError };

export function toCrossingError(error: unknown): CrossingError {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** `items` cut into parts of PART_SIZE; none for an empty list (the other side starts from an empty one). */
export function inParts<T>(items: readonly T[], size: number = PART_SIZE): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}
