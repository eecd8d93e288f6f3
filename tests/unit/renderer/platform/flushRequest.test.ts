import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
import type { JournalApi } from '../../../../shared/ipc/journalApi';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { createElectronPlatform } from '../../../../renderer/platform/electronPlatform';

/** A bridge whose flush event the test fires by hand and whose answers it records. */
function bridge() {
  let fire: ((payload: unknown) => void) | undefined;
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(invokeChannels)) api[method] = vi.fn();
  for (const method of Object.keys(eventChannels)) api[method] = vi.fn(() => () => undefined);
  const reportDraftsFlushed = vi.fn(async () => ({ ok: true as const, value: null }));
  api.reportDraftsFlushed = reportDraftsFlushed;
  api.onFlushDrafts = vi.fn((listener: (payload: unknown) => void) => {
    fire = listener;
    return () => {
      fire = undefined;
    };
  });
  return {
    api: api as unknown as JournalApi,
    reportDraftsFlushed,
    fire: (payload: unknown) => {
      if (!fire) throw new Error('nobody listens for app:flush-drafts');
      fire(payload);
    },
  };
}

describe('the page answers a flush request from the desktop app', () => {
  it('saves the drafts first and then answers with the same request id', async () => {
    const { api, fire, reportDraftsFlushed } = bridge();
    const order: string[] = [];
    let finishSaving: () => void = () => undefined;
    const handler = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          order.push('saving');
          finishSaving = () => {
            order.push('saved');
            resolve();
          };
        }),
    );
    createElectronPlatform(api).onFlushRequest(handler);
    fire({ requestId: 'quit-1' });
    await vi.waitFor(() => expect(handler).toHaveBeenCalledTimes(1));
    expect(reportDraftsFlushed).not.toHaveBeenCalled();
    finishSaving();
    await vi.waitFor(() =>
      expect(reportDraftsFlushed).toHaveBeenCalledExactlyOnceWith({ requestId: 'quit-1' }),
    );
    expect(order).toEqual(['saving', 'saved']);
  });

  it('still answers when saving failed, so the app does not wait out its bound', async () => {
    const { api, fire, reportDraftsFlushed } = bridge();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    createElectronPlatform(api).onFlushRequest(() => Promise.reject(new Error('storage is full')));
    fire({ requestId: 'quit-2' });
    await vi.waitFor(() =>
      expect(reportDraftsFlushed).toHaveBeenCalledExactlyOnceWith({ requestId: 'quit-2' }),
    );
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('could not be saved'),
      expect.any(Error),
    );
    consoleError.mockRestore();
  });

  it('ignores a request that is not in the contract', async () => {
    const { api, fire, reportDraftsFlushed } = bridge();
    const handler = vi.fn(async () => undefined);
    createElectronPlatform(api).onFlushRequest(handler);
    fire({ requestId: 'quit-3', extra: true });
    fire('garbage');
    fire({ requestId: 'quit-4' });
    await vi.waitFor(() => expect(reportDraftsFlushed).toHaveBeenCalledTimes(1));
    expect(reportDraftsFlushed).toHaveBeenCalledWith({ requestId: 'quit-4' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('has nothing to subscribe to in a browser tab, which flushes on pagehide', () => {
    const platform = createBrowserPlatform('1.0.0', window);
    const handler = vi.fn(async () => undefined);
    const unsubscribe = platform.onFlushRequest(handler);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
    expect(handler).not.toHaveBeenCalled();
  });
});
