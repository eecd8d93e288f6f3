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
    };

export type DataJobResult = ExportFile | JournalExportResult | PrepareResult;

/** The parts each side sends: the page's lists of reflections, the worker's plan lists. */
export type PartKey = 'reflections' | 'existingReflections' | 'new' | 'updated';

export type ToDataWorker =
  | { readonly type: 'part'; readonly jobId: number; readonly key: PartKey; readonly items: unknown[] }
  | { readonly type: 'run'; readonly jobId: number; readonly job: DataJob };

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
