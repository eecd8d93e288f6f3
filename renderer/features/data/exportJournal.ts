import type { ExportOptions } from '../../../shared/data/exportFormat';
import { asText, createJsonExportStream, type JsonExportStream } from '../../../shared/data/jsonExportStream';
import { encryptText } from '../../../shared/data/passphraseEnvelope';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { Reminder } from '../../../shared/reminders/reminderSchema';
import type { JournalDatabase } from '../../db/JournalDatabase';
import {
  readJournalInParts,
  type JournalAroundReflections,
  type ReadTimes,
} from '../../db/repositories/journalReadInParts';
import {
  buildExportFile,
  exportFileName,
  type ExportContext,
  type ExportFile,
  type ExportKind,
} from './exportFiles';

/** One export as the Data page asks for it; the journal itself is read where the file is built. */
export interface JournalExportRequest {
  readonly kind: ExportKind;
  readonly options: ExportOptions;
  readonly context: ExportContext;
  /** Every follow-up reminder (they live outside the journal); the export keeps those its reflections own. */
  readonly reminders: Reminder[];
}

/** The file, and where its time went: waiting for IndexedDB, and building (overlapping the reading). */
export interface JournalExportResult extends ExportFile {
  readonly readMs: number;
  readonly buildMs: number;
}

/**
 * Reads the journal and builds the export file in the same place (the data worker, or the page
 * where there are no workers). A JSON file is built part by part while the next part is read;
 * the other formats need the whole journal at once and are built when it has been read.
 */
export async function exportJournal(
  db: JournalDatabase,
  request: JournalExportRequest,
): Promise<JournalExportResult> {
  const { kind, options, context, reminders } = request;
  if (kind !== 'json') {
    const reflections: Reflection[] = [];
    let around: JournalAroundReflections = { people: [], preparations: [], principleSettings: [] };
    const times = await readJournalInParts(db, (contents) => {
      around = contents;
      return (part) => {
        for (const reflection of part) reflections.push(reflection);
      };
    });
    const buildFrom = performance.now();
    const file = await buildExportFile(kind, { ...around, reflections, reminders }, options, context);
    return { ...file, readMs: times.waitingMs, buildMs: times.workingMs + performance.now() - buildFrom };
  }
  // A plain file is kept as Blobs, one a part, made as each part is written: the file is never
  // copied into one buffer, and a Blob crosses to the page without its bytes being copied.
  // An encrypted file needs the text itself.
  if (context.passphrase === null) {
    const { pieces, reflectionCount, times, finishMs } = await streamJson(db, request, asBlob);
    return {
      suggestedName: exportFileName(context.now, context.timeZone, 'json'),
      mimeType: 'application/json',
      data: new Blob(pieces, { type: 'application/json' }),
      reflectionCount,
      readMs: times.waitingMs,
      buildMs: times.workingMs + finishMs,
    };
  }
  const { pieces, reflectionCount, times, finishMs } = await streamJson(db, request, asText);
  const encryptFrom = performance.now();
  const encrypted = await encryptText(pieces.join(''), context.passphrase);
  return {
    suggestedName: exportFileName(context.now, context.timeZone, 'json', 'encrypted'),
    mimeType: 'application/json',
    data: `${JSON.stringify(encrypted, null, 2)}\n`,
    reflectionCount,
    readMs: times.waitingMs,
    buildMs: times.workingMs + finishMs + performance.now() - encryptFrom,
  };
}

const asBlob = (text: string): Blob => new Blob([text]);

/** Reads the journal and writes its JSON export as it reads, each piece of text kept as `keep` makes it. */
async function streamJson<P>(
  db: JournalDatabase,
  { options, context, reminders }: JournalExportRequest,
  keep: (text: string) => P,
): Promise<{ pieces: P[]; reflectionCount: number; times: ReadTimes; finishMs: number }> {
  let stream: JsonExportStream<P> | null = null;
  const times = await readJournalInParts(db, (around) => {
    const started = createJsonExportStream(
      { ...around, reminders },
      {
        options,
        appVersion: context.appVersion,
        journalId: context.journalId,
        exportedAt: context.now.toISOString(),
      },
      keep,
    );
    stream = started;
    return (part) => started.add(part);
  });
  const finishFrom = performance.now();
  if (stream === null) throw new Error('The journal could not be read for the export.');
  const { pieces, reflectionCount } = (stream as JsonExportStream<P>).finish();
  return { pieces, reflectionCount, times, finishMs: performance.now() - finishFrom };
}
