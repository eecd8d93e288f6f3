import { describe, expect, it, vi } from 'vitest';
import { buildTrayMenuTemplate, createTrayController } from '../../../electron/tray/appTray';
import {
  createMainWindowController,
  type ControlledWindow,
} from '../../../electron/window/mainWindowController';
import { FakeBrowserWindow } from './fakeBrowserWindow';
import { FakeTray } from './fakeElectronExtras';

function trayHarness() {
  FakeTray.instances = [];
  const actions = { open: vi.fn(), navigate: vi.fn(), quit: vi.fn() };
  const controller = createTrayController({
    createTray: () => new FakeTray('icon'),
    buildMenu: (template) => ({ template }),
    actions,
  });
  return { controller, actions };
}

describe('tray', () => {
  it('exists only while background mode is on, and is kept referenced', () => {
    const { controller } = trayHarness();
    controller.sync(false);
    expect(FakeTray.instances).toHaveLength(0);
    controller.sync(true);
    controller.sync(true);
    expect(FakeTray.instances).toHaveLength(1);
    expect(controller.current()).toBe(FakeTray.instances[0]);
    controller.sync(false);
    expect(FakeTray.instances[0]?.destroyed).toBe(true);
    expect(controller.current()).toBeNull();
  });

  it('opens the window on click and offers open, new reflection, reminders and quit', () => {
    const { controller, actions } = trayHarness();
    controller.sync(true);
    FakeTray.instances[0]?.clickListeners.forEach((listener) => listener());
    expect(actions.open).toHaveBeenCalledTimes(1);
    const template = buildTrayMenuTemplate(actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open Influence Journal',
      'New reflection',
      'Reminders',
      'separator',
      'Quit Influence Journal',
    ]);
    const click = (index: number) => (template[index]?.click as (() => void) | undefined)?.();
    click(1);
    click(2);
    click(4);
    expect(actions.navigate.mock.calls).toEqual([['/new'], ['/reminders']]);
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });
});

function windowHarness(background = true) {
  FakeBrowserWindow.instances = [];
  const routes: Array<string | null> = [];
  // The fake records listeners loosely typed; the intersection states it stands in for the real shape.
  type Window = FakeBrowserWindow & ControlledWindow;
  const controller = createMainWindowController<Window>({
    create: async (route) => {
      routes.push(route);
      return new FakeBrowserWindow({}) as Window;
    },
    hideOnClose: () => background,
  });
  return { controller, routes };
}

describe('main window controller', () => {
  it('hides instead of closing in background mode, until the app quits', async () => {
    const { controller } = windowHarness(true);
    const window = await controller.open();
    expect(window.close().defaultPrevented).toBe(true);
    expect(window.hidden).toBe(1);
    controller.markQuitting();
    expect(window.close().defaultPrevented).toBe(false);
    expect(controller.current()).toBeNull();
  });

  it('closes normally without background mode', async () => {
    const { controller } = windowHarness(false);
    const window = await controller.open();
    expect(window.close().defaultPrevented).toBe(false);
    expect(controller.current()).toBeNull();
  });

  it('opens one window even when asked twice at once', async () => {
    const { controller } = windowHarness();
    const [first, second] = await Promise.all([controller.open(), controller.open()]);
    expect(first).toBe(second);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('on a notification click opens a closed window straight on the route, or tells a live page to go there', async () => {
    const { controller, routes } = windowHarness(false);
    await controller.focusOn('/new');
    expect(routes).toEqual(['/new']);
    const window = FakeBrowserWindow.instances[0];
    expect(window?.focused).toBe(1);
    expect(window?.webContents.sent).toEqual([]);
    await controller.focusOn('/reminders');
    expect(window?.webContents.sent).toEqual([{ channel: 'app:navigate', payload: { route: '/reminders' } }]);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('reveals a hidden window without focusing it, for the in-app banner', async () => {
    const { controller } = windowHarness();
    const window = await controller.open();
    window.hide();
    await controller.reveal();
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(0);
  });

  it('sends nothing when there is no window', () => {
    const { controller } = windowHarness();
    expect(() => controller.send('reminders:changed', {})).not.toThrow();
  });
});
