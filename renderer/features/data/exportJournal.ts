import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JsonExportPart } from '../../../shared/data/jsonExportPart';
import { asText, createJsonExportStream, type JsonExportStream } from '../../../shared/data/jsonExportStream';
import { encryptText } from '../../../shared/data/passphraseEnvelope';
import { linkedReflectionIds } from '../../../shared/data/selectForExport';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { Reminder } from '../../../shared/reminders/reminderSchema';
import type { JournalDatabase } from '../../db/JournalDatabase';
import {
  READ_PART_SIZE,
  READS_AHEAD,
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
import type { ExportShareJob, ExportSharePiece } from './exportShare';
import {
  shareExport,
  sharesOn,
  startShareWorker,
  type ExportShares,
  type StartShareRunner,
} from './exportShares';

/** One export as the Data page asks for it; the journal itself is read where the file is built. */
export interface JournalExportRequest {
  readonly kind: ExportKind;
  readonly options: ExportOptions;
  readonly context: ExportContext;
  /** Every follow-up reminder (they live outside the journal); the export keeps those its reflections own. */
  readonly reminders: Reminder[];
  /**
   * The machine's logical cores as the page reports them (`navigator.hardwareConcurrency`): a
   * large export is shared with another worker only where there are cores to spare (sharesOn).
   */
  readonly cores?: number;
}

/** The file, and where its time went: waiting for IndexedDB, and building (overlapping the reading). */
export interface JournalExportResult extends ExportFile {
  readonly readMs: number;
  readonly buildMs: number;
  /** Of `readMs`, the time spent waiting for other workers' shares once its own was read. */
  readonly sharesWaitMs?: number;
  /** The time of a shared read that was set aside because its shares did not read one moment. */
  readonly againMs?: number;
}

/** How a JSON export shares its reflections with other workers (exportShares.ts); tests choose their own. */
export interface ExportSharing {
  readonly start: StartShareRunner;
  readonly shares: number;
  readonly partSize: number;
  /** Below this many reflections a share, the export is not shared. */
  readonly minimum?: number;
  /** How long the export's transaction waits, open, for a share still starting (HOLD_OPEN_MS). */
  readonly holdOpenMs?: number;
}

/** Other workers where this place can start them (the data worker can) and the machine has cores for them. */
function defaultSharing(cores: number | undefined): ExportSharing {
  return {
    start: startShareWorker,
    shares: typeof Worker === 'undefined' ? 0 : sharesOn(cores),
    partSize: READ_PART_SIZE,
  };
}

/**
 * Reads the journal and builds the export file in the same place (the data worker, or the page
 * where there are no workers). A JSON file is built part by part while the next part is read,
 * a large one in shares read and written by other workers at the same time (exportShares.ts);
 * the other formats need the whole journal at once and are built when it has been read.
 */
export async function exportJournal(
  db: JournalDatabase,
  request: JournalExportRequest,
  sharing: ExportSharing = defaultSharing(request.cores),
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
    const { pieces, reflectionCount, times, finishMs, sharesWaitMs, againMs } = await streamJson(
      db,
      request,
      blobs,
      sharing,
    );
    return {
      suggestedName: exportFileName(context.now, context.timeZone, 'json'),
      mimeType: 'application/json',
      data: new Blob(pieces, { type: 'application/json' }),
      reflectionCount,
      readMs: times.waitingMs,
      buildMs: times.workingMs + finishMs,
      sharesWaitMs,
      againMs,
    };
  }
  const { pieces, reflectionCount, times, finishMs } = await streamJson(db, request, texts, sharing);
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

/** How the file's pieces are kept as they are written, and what the shares are told to make. */
interface Keeping<P> {
  readonly kind: ExportShareJob['pieces'];
  readonly keep: (text: string) => P;
}

const blobs: Keeping<Blob> = { kind: 'blob', keep: (text) => new Blob([text]) };
const texts: Keeping<string> = { kind: 'text', keep: asText };

interface StreamedJson<P> {
  readonly pieces: P[];
  readonly reflectionCount: number;
  readonly times: ReadTimes;
  readonly finishMs: number;
  readonly sharesWaitMs: number;
  readonly againMs: number;
}

/**
 * Reads the journal and writes its JSON export as it reads, each piece of text kept as `keep`
 * makes it; a large journal with real names in shares, when `sharing` has any. A shared export
 * whose shares could not be shown to read the same moment is made again with one worker.
 */
async function streamJson<P extends ExportSharePiece>(
  db: JournalDatabase,
  request: JournalExportRequest,
  keeping: Keeping<P>,
  sharing: ExportSharing,
): Promise<StreamedJson<P>> {
  const { options } = request;
  const alone = async () => {
    const file = await streamJsonIn(db, request, keeping, null);
    if (file === null) throw new Error('The journal could not be read for the export.');
    return file;
  };
  if (sharing.shares === 0 || options.names !== 'real') return alone();
  const runners = Array.from({ length: sharing.shares }, () => sharing.start(db.name));
  const shares = shareExport(runners, sharing.partSize, sharing.minimum, sharing.holdOpenMs);
  const sharedFrom = performance.now();
  try {
    const shared = await streamJsonIn(db, request, keeping, shares, sharing.partSize);
    if (shared !== null) return shared;
  } finally {
    // Each export starts its own: a worker left running would hold its journal open.
    shares.stop();
  }
  const againMs = performance.now() - sharedFrom;
  return { ...(await alone()), againMs };
}

/** One read of the journal and its file; null when its shares did not read the same moment. */
async function streamJsonIn<P extends ExportSharePiece>(
  db: JournalDatabase,
  { options, context, reminders }: JournalExportRequest,
  { kind, keep }: Keeping<P>,
  shares: ExportShares | null,
  partSize: number = READ_PART_SIZE,
): Promise<StreamedJson<P> | null> {
  let stream: JsonExportStream<P> | null = null;
  let times: ReadTimes = await readJournalInParts(
    db,
    (around) => {
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
      shares?.describe({
        databaseName: db.name,
        options,
        linked: [...linkedReflectionIds(around.preparations)],
        pieces: kind,
      });
      return (part) => {
        shares?.failure();
        started.add(part);
      };
    },
    partSize,
    READS_AHEAD,
    shares ?? undefined,
  );
  const waitFrom = performance.now();
  const parts = shares === null ? [] : await shares.parts();
  if (parts === null) return null;
  const sharesWaitMs = performance.now() - waitFrom;
  times = { ...times, waitingMs: times.waitingMs + sharesWaitMs };
  const finishFrom = performance.now();
  if (stream === null) throw new Error('The journal could not be read for the export.');
  const built = stream as JsonExportStream<P>;
  for (const part of parts) built.addPart(part as JsonExportPart<P>);
  const { pieces, reflectionCount } = built.finish();
  return {
    pieces,
    reflectionCount,
    times,
    finishMs: performance.now() - finishFrom,
    sharesWaitMs,
    againMs: 0,
  };
}
