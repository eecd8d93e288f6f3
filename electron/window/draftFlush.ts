/** How long quitting or closing waits for the page to save its drafts before going anyway. */
export const DRAFT_FLUSH_TIMEOUT_MS = 2_000;

export interface DraftFlushClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DraftFlushDeps {
  /** Sends `app:flush-drafts` to the page; false when there is no live page to ask. */
  send(requestId: string): boolean;
  clock: DraftFlushClock;
  newRequestId(): string;
  timeoutMs?: number;
}

export type DraftFlushOutcome = 'flushed' | 'timed-out' | 'no-page';

/**
 * Asks the page to save what the person typed within the autosave delay, and waits a bounded
 * time for its answer: a page that hangs must not keep the app from quitting. Asking again while
 * a request is open joins it, so quitting twice never waits twice.
 */
export function createDraftFlush(deps: DraftFlushDeps) {
  const timeoutMs = deps.timeoutMs ?? DRAFT_FLUSH_TIMEOUT_MS;
  let open: {
    requestId: string;
    done: Promise<DraftFlushOutcome>;
    settle(outcome: DraftFlushOutcome): void;
  } | null = null;

  function request(): Promise<DraftFlushOutcome> {
    if (open) return open.done;
    const requestId = deps.newRequestId();
    let settle: (outcome: DraftFlushOutcome) => void = () => undefined;
    const done = new Promise<DraftFlushOutcome>((resolve) => {
      settle = resolve;
    });
    const timer = deps.clock.setTimeout(() => finish('timed-out'), timeoutMs);
    const current = { requestId, done, settle: (outcome: DraftFlushOutcome) => finish(outcome) };
    function finish(outcome: DraftFlushOutcome): void {
      if (open !== current) return;
      open = null;
      deps.clock.clearTimeout(timer);
      settle(outcome);
    }
    open = current;
    if (!deps.send(requestId)) finish('no-page');
    return done;
  }

  /** The page's answer; an unknown or late id (a reloaded page, a past request) is ignored. */
  function acknowledge(requestId: string): boolean {
    if (!open || open.requestId !== requestId) return false;
    open.settle('flushed');
    return true;
  }

  return { request, acknowledge };
}

export type DraftFlush = ReturnType<typeof createDraftFlush>;
