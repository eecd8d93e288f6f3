import { describe, expect, it } from 'vitest';
import {
  createDraftFlush,
  DRAFT_FLUSH_TIMEOUT_MS,
  type DraftFlushOutcome,
} from '../../../electron/window/draftFlush';

/** A clock the test moves by hand, so the bounded wait is checked without waiting. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextHandle = 1;
  return {
    clock: {
      setTimeout: (callback: () => void, ms: number) => {
        const handle = nextHandle++;
        timers.set(handle, { at: now + ms, callback });
        return handle;
      },
      clearTimeout: (handle: unknown) => {
        timers.delete(handle as number);
      },
    },
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(handle);
        timer.callback();
      }
    },
    pending: () => timers.size,
  };
}

function setup(options: { pageAlive?: boolean } = {}) {
  const time = manualClock();
  const sent: string[] = [];
  let ids = 0;
  const flush = createDraftFlush({
    send: (requestId) => {
      sent.push(requestId);
      return options.pageAlive ?? true;
    },
    clock: time.clock,
    newRequestId: () => `request-${++ids}`,
  });
  return { flush, sent, time };
}

/** Records the outcome as soon as it settles, so a test can see it has not settled yet. */
function track(promise: Promise<DraftFlushOutcome>) {
  const state: { outcome: DraftFlushOutcome | null } = { outcome: null };
  void promise.then((outcome) => {
    state.outcome = outcome;
  });
  return state;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('draft flush before the page goes', () => {
  it('asks the page once and finishes as soon as the page answers in time', async () => {
    const { flush, sent, time } = setup();
    const result = track(flush.request());
    expect(sent).toEqual(['request-1']);
    await settle();
    expect(result.outcome).toBeNull();
    expect(flush.acknowledge('request-1')).toBe(true);
    await settle();
    expect(result.outcome).toBe('flushed');
    expect(time.pending()).toBe(0);
  });

  it('goes ahead after the bound when the page never answers', async () => {
    const { flush, time } = setup();
    const result = track(flush.request());
    time.advance(DRAFT_FLUSH_TIMEOUT_MS - 1);
    await settle();
    expect(result.outcome).toBeNull();
    time.advance(1);
    await settle();
    expect(result.outcome).toBe('timed-out');
  });

  it('does not wait at all when there is no page to ask', async () => {
    const { flush, time } = setup({ pageAlive: false });
    await expect(flush.request()).resolves.toBe('no-page');
    expect(time.pending()).toBe(0);
  });

  it('joins an open request: quitting twice sends one request and waits once', async () => {
    const { flush, sent, time } = setup();
    const first = track(flush.request());
    time.advance(1_500);
    const second = track(flush.request());
    expect(sent).toEqual(['request-1']);
    time.advance(500);
    await settle();
    expect(first.outcome).toBe('timed-out');
    expect(second.outcome).toBe('timed-out');
  });

  it('ignores an answer to another or a past request', async () => {
    const { flush, time } = setup();
    const first = flush.request();
    time.advance(DRAFT_FLUSH_TIMEOUT_MS);
    await expect(first).resolves.toBe('timed-out');
    const second = track(flush.request());
    expect(flush.acknowledge('request-1')).toBe(false);
    expect(flush.acknowledge('made-up')).toBe(false);
    await settle();
    expect(second.outcome).toBeNull();
    expect(flush.acknowledge('request-2')).toBe(true);
    await settle();
    expect(second.outcome).toBe('flushed');
  });
});
