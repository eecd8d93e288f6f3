import { describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './fakeBrowserWindow';
import {
  answerFlushRequests,
  flushRequests,
  startAndBecomeReady,
  stubPlatform,
  useMainTestSetup,
  writeSettings,
} from './mainTestKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('main entry, saving drafts before the page goes', () => {
  it('holds the quit until the page says its drafts are saved, and asks only once for two quits', async () => {
    const { fake, window } = await startAndBecomeReady();
    const first = fakeEvent();
    fake.emitApp('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    const second = fakeEvent();
    fake.emitApp('before-quit', second);
    expect(second.defaultPrevented).toBe(true);
    const requests = flushRequests(window);
    expect(requests).toHaveLength(1);
    await settle();
    expect(fake.app.quit).not.toHaveBeenCalled();

    await expect(answerFlushRequests(fake, window)).resolves.toEqual([{ ok: true, value: null }]);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    // The quit main starts itself goes through without asking again.
    const final = fakeEvent();
    fake.emitApp('before-quit', final);
    expect(final.defaultPrevented).toBe(false);
    expect(flushRequests(window)).toHaveLength(1);
  });

  it('quits after the bound when the page never answers', async () => {
    const { fake, window } = await startAndBecomeReady();
    fake.emitApp('before-quit', fakeEvent());
    expect(flushRequests(window)).toHaveLength(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1), { timeout: 4_000 });
  });

  it('asks the page before a close destroys it, then closes', async () => {
    stubPlatform('darwin');
    const { fake, window } = await startAndBecomeReady();
    expect(window.close().defaultPrevented).toBe(true);
    expect(window.destroyed).toBe(false);
    await settle();
    expect(window.destroyed).toBe(false);
    await answerFlushRequests(fake, window);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(flushRequests(window)).toHaveLength(1);
  });

  it('does not ask when closing only hides the window to the tray', async () => {
    await writeSettings({ keepRunningInBackground: true });
    const { window } = await startAndBecomeReady();
    expect(window.close().defaultPrevented).toBe(true);
    expect(window.hidden).toBe(1);
    expect(flushRequests(window)).toEqual([]);
  });
});
