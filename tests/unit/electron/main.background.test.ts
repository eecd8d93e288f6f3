import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeEvent } from './fakeBrowserWindow';
import { FakeTray } from './fakeElectronExtras';
import {
  answerFlushRequests,
  closeAfterFlush,
  startAndBecomeReady,
  startMain,
  stubPlatform,
  useMainTestSetup,
} from './mainTestKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

describe('main entry, background mode and reminders', () => {
  it('keeps running in the tray on Linux by default: closing the window hides it', async () => {
    const { fake, window } = await startAndBecomeReady();
    expect(FakeTray.instances).toHaveLength(1);
    expect(FakeTray.instances[0]?.toolTip).toBe('Influence Journal');
    expect(fake.nativeImage.createFromDataURL).toHaveBeenCalledWith(
      expect.stringMatching(/^data:image\/png;base64,/),
    );
    window.visible = true;
    expect(window.close().defaultPrevented).toBe(true);
    expect(window.hidden).toBe(1);
    expect(window.destroyed).toBe(false);

    // The tray brings the same window back.
    FakeTray.instances[0]?.clickListeners.forEach((listener) => listener());
    await vi.waitFor(() => expect(window.focused).toBe(1));
    expect(FakeBrowserWindow.instances).toHaveLength(1);

    // Quitting really closes it (after the drafts and the window position are saved).
    fake.emitApp('before-quit', fakeEvent());
    await answerFlushRequests(fake, window);
    expect(window.close().defaultPrevented).toBe(false);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
  });

  it('on macOS makes no tray and lets the window close while the app stays in the Dock', async () => {
    stubPlatform('darwin');
    const { fake, window } = await startAndBecomeReady();
    expect(FakeTray.instances).toHaveLength(0);
    await closeAfterFlush(fake, window);
    fake.emitApp('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  // An idle first check writes nothing (the engine saves only what changed), so no file is expected here.
  it('checks reminders on resume and on unlock', async () => {
    const { fake } = await startAndBecomeReady();
    await vi.waitFor(() => expect(fake.powerMonitor.count('resume')).toBe(1));
    expect(fake.powerMonitor.count('unlock-screen')).toBe(1);
  });

  it('starts in the tray without a window when the system starts it at login', async () => {
    const savedArgv = process.argv;
    process.argv = [...savedArgv, '--hidden'];
    try {
      const fake = await startMain();
      fake.markReady();
      await vi.waitFor(() => expect(FakeTray.instances).toHaveLength(1));
      await vi.waitFor(() => expect(fake.powerMonitor.count('resume')).toBe(1));
      expect(FakeBrowserWindow.instances).toHaveLength(0);
      FakeTray.instances[0]?.clickListeners.forEach((listener) => listener());
      await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    } finally {
      process.argv = savedArgv;
    }
  });
});
