import type { DataWorkerLike } from '../../../../renderer/features/data/dataWorkerClient';
import { createDataJobHandler } from '../../../../renderer/features/data/dataWorkerHandler';
import type { FromDataWorker, ToDataWorker } from '../../../../renderer/features/data/dataWorkerProtocol';

export type FakeDataWorker = DataWorkerLike & {
  /** Every message the page sent, in order. */
  sent: ToDataWorker[];
  /** Every message the worker answered with, in order. */
  received: FromDataWorker[];
  /** How many times the page ended this worker. */
  terminated: number;
  /** Fires the worker's error event, as a worker that stops does. */
  fail(message: string): void;
};

/**
 * A worker in the same thread: every message is copied with structuredClone, as postMessage
 * copies it, and delivered on a later task, so the client meets what a real worker gives it.
 */
export function fakeWorker(): FakeDataWorker {
  const listeners: {
    message: ((event: MessageEvent<FromDataWorker>) => void)[];
    error: ((event: ErrorEvent) => void)[];
  } = {
    message: [],
    error: [],
  };
  const sent: ToDataWorker[] = [];
  const received: FromDataWorker[] = [];
  const handle = createDataJobHandler((message, transfer = []) => {
    const copy = structuredClone(message, { transfer });
    received.push(copy);
    setTimeout(() => listeners.message.forEach((listener) => listener({ data: copy } as MessageEvent)));
  });
  const worker: FakeDataWorker = {
    sent,
    received,
    terminated: 0,
    postMessage(message) {
      sent.push(message);
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy));
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
    terminate() {
      worker.terminated += 1;
    },
    fail(message) {
      listeners.error.forEach((listener) => listener({ message } as ErrorEvent));
    },
  };
  return worker;
}
