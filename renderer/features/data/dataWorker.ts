/**
 * The Data page's worker: builds export files and reads and plans imports off the main thread,
 * so a large journal never freezes the page. Only wiring here; the work is in dataWorkerHandler.
 */
import type { ToDataWorker } from './dataWorkerProtocol';
import { createDataJobHandler } from './dataWorkerHandler';

const handle = createDataJobHandler((message, transfer = []) => self.postMessage(message, { transfer }));
self.onmessage = (event: MessageEvent<ToDataWorker>) => void handle(event.data);
