import type { ExportOptions } from '../../../shared/data/exportFormat';
import { createReflectionRuns, type JsonExportPart } from '../../../shared/data/jsonExportPart';
import type { JournalDatabase } from '../../db/JournalDatabase';
import { readReflectionRanges } from '../../db/repositories/journalReadInParts';

/**
 * One share of a JSON export's reflections, read and written apart from the rest of the file
 * (exportShares.ts): the key ranges to read, and what choosing and writing them needs. Only for
 * real names (pseudonyms are chosen from every reflection at once). It crosses to a worker as is.
 */
export interface ExportShareJob {
  readonly databaseName: string;
  /** partBounds of the share's keys: each range one read. */
  readonly ranges: [string, string][];
  readonly options: ExportOptions;
  /** The reflections some plan links to (the file notes those the choices leave out). */
  readonly linked: string[];
  /** Text for a file that is encrypted afterwards; otherwise a Blob a run, as the rest of the file. */
  readonly pieces: 'text' | 'blob';
}

export type ExportSharePiece = string | Blob;

/**
 * Reads the share's reflections in a read transaction of its own and writes them as the file's
 * lines, as the export's own reads do (jsonExportStream.ts). `started` is called once that
 * transaction has begun: the export checks that it began while its own was still open, which
 * makes both see the journal as of the same moment.
 */
export async function buildExportShare(
  db: JournalDatabase,
  job: ExportShareJob,
  started: () => void,
): Promise<JsonExportPart<ExportSharePiece>> {
  const keep = job.pieces === 'text' ? (text: string) => text : (text: string) => new Blob([text]);
  const runs = createReflectionRuns<ExportSharePiece>(new Set(job.linked), job.options, keep);
  await readReflectionRanges(db, job.ranges, (part) => runs.write(runs.choose(part)), started);
  return runs.part();
}
