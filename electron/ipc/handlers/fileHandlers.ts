import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SaveFileRequest, SaveFileResult, SaveReportPdfRequest } from '../../../shared/ipc/fileContract';
import { describeFileError } from '../../files/describeFileError';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ['createDirectory', 'showOverwriteConfirmation'];
}

/** The part of Electron's `dialog` used here; `parent` is the window the sheet belongs to, if any. */
export interface SaveDialogLike<W> {
  showSaveDialog(
    parent: W | null,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

/** Writes the whole file or nothing: a temp file beside the target, flushed, then renamed over it. */
export type AtomicFileWriter = (filePath: string, data: string | Uint8Array) => Promise<void>;

export const writeFileAtomically: AtomicFileWriter = (filePath, data) =>
  writeFileAtomic(
    filePath,
    typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );

export interface FileHandlerDeps<W> {
  dialog: SaveDialogLike<W>;
  write: AtomicFileWriter;
  /** The window the request came from, so the dialog opens over it. */
  parentWindow(): W | null;
  /** Where the dialog starts, for example the Documents folder. */
  defaultFolder(): string;
  /** The app window's page (the report view) printed to PDF with its print styles. */
  printToPdf(): Promise<Uint8Array>;
}

const kindsByExtension: Record<string, string> = {
  json: 'JSON',
  md: 'Markdown',
  csv: 'CSV (spreadsheet)',
  zip: 'Zip archive',
  pdf: 'PDF',
};

function describeWriteError(error: unknown): string {
  return describeFileError(error, 'that folder');
}

/**
 * `file:save`: the person picks the place in the system's save dialog, then the file is written
 * atomically, so a failure never leaves half a file where an older one was. The request was
 * checked by the contract (a plain name, a size cap) and the sender by the registry.
 * `file:save-report-pdf` does the same with the report page printed to PDF by main.
 */
export function createFileHandlers<W>(deps: FileHandlerDeps<W>) {
  async function saveThroughDialog(
    suggestedName: string,
    data: string | Uint8Array,
  ): Promise<SaveFileResult> {
    const extension = path.extname(suggestedName).slice(1).toLowerCase();
    const kind = kindsByExtension[extension] ?? extension.toUpperCase();
    const choice = await deps.dialog.showSaveDialog(deps.parentWindow(), {
      title: 'Save export',
      defaultPath: path.join(deps.defaultFolder(), suggestedName),
      filters: [{ name: kind, extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
    const target = choice.filePath;
    try {
      await deps.write(target, data);
    } catch (error) {
      const reason = describeWriteError(error);
      throw new Error(`Could not save ${path.basename(target)} in ${path.dirname(target)}: ${reason}.`, {
        cause: error,
      });
    }
    return { saved: true, path: target };
  }

  return {
    'file:save': (request: SaveFileRequest): Promise<SaveFileResult> =>
      saveThroughDialog(request.suggestedName, request.data),

    'file:save-report-pdf': async (request: SaveReportPdfRequest): Promise<SaveFileResult> => {
      // Printed before the dialog opens, so the PDF is the report as it was when asked for.
      let pdf: Uint8Array;
      try {
        pdf = await deps.printToPdf();
      } catch (error) {
        throw new Error(`The report could not be made into a PDF: ${describeWriteError(error)}.`, {
          cause: error,
        });
      }
      return saveThroughDialog(request.suggestedName, pdf);
    },
  };
}
