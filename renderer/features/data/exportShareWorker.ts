/**
 * A second export worker, started by the data worker: it reads and writes one share of a large
 * JSON export's reflections on the other core while the data worker does its own (exportShares.ts).
 * Only wiring here; the work is in exportShare.ts.
 */
import { journalNamed } from '../../db/repositories/journalReadInParts';
import { toCrossingError } from './dataWorkerProtocol';
import { buildExportShare } from './exportShare';
import type { FromShareWorker, ToShareWorker } from './exportShares';

const post = (message: FromShareWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<ToShareWorker>) => {
  const db = journalNamed(data.databaseName);
  if (data.type === 'open') {
    // Opened while the data worker reads the keys, so the share's reads can start at once.
    await db.open().catch(() => undefined);
    return;
  }
  try {
    const part = await buildExportShare(db, data.job, () => post({ type: 'started' }));
    // Blobs cross as references to their bytes, never copied.
    post({ type: 'done', part });
  } catch (error) {
    post({ type: 'failed', error: toCrossingError(error) });
  }
};
