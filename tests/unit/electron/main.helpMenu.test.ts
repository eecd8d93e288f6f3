import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from '../../../electron/menu/buildAppMenuTemplate';
import { eventContract } from '../../../shared/ipc/contract';
import { startAndBecomeReady, stubPlatform, useMainTestSetup } from './mainTestKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function helpItem(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  const items = flatten(template).filter((item) => item.accelerator === 'F1');
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('No menu item on F1');
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  if (typeof item.click !== 'function') throw new Error(`${item.label ?? 'The item'} has no click handler`);
  (item.click as () => void)();
}

describe('the Help menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'has Help on F1, in a menu of its own, last (%s)',
    (platform) => {
      const navigate = vi.fn();
      const template = buildAppMenuTemplate(platform, { navigate }, { devTools: false });
      const last = template.at(-1);
      expect(last).toMatchObject({ role: 'help', label: 'Help' });
      const item = helpItem(template);
      expect(item.label).toBe('Influence Journal Help');
      click(item);
      expect(navigate).toHaveBeenCalledExactlyOnceWith('/help');
    },
  );

  it('sends the window to #/help through the bridge, with a route the page accepts', async () => {
    stubPlatform('win32');
    const { fake, window } = await startAndBecomeReady();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    // The fake's buildFromTemplate returns { template }, so the application menu carries its own.
    const [menu] = fake.Menu.setApplicationMenu.mock.calls[0] ?? [];
    const installed = (menu as { template?: MenuItemConstructorOptions[] } | undefined)?.template;
    if (installed === undefined) throw new Error('No application menu was installed');
    const before = window.webContents.sent.length;
    click(helpItem(installed));
    const sent = window.webContents.sent.slice(before);
    expect(sent).toEqual([{ channel: 'app:navigate', payload: { route: '/help' } }]);
    // The page drops a navigate event its contract does not accept, so the route must be in it.
    expect(eventContract['app:navigate'].safeParse(sent[0]?.payload).success).toBe(true);
  });
});
