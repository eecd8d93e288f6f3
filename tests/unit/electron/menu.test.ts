import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from '../../../electron/menu/buildAppMenuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, devTools = false) {
  const navigate = vi.fn();
  return { template: buildAppMenuTemplate(platform, { navigate }, { devTools }), navigate };
}

describe('buildAppMenuTemplate', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'has New Reflection on CmdOrCtrl+N opening /new (%s)',
    (platform) => {
      const { template, navigate } = build(platform);
      const items = flatten(template).filter((item) => item.label === 'New Reflection');
      expect(items).toHaveLength(1);
      const [item] = items;
      expect(item?.accelerator).toBe('CmdOrCtrl+N');
      const click = item?.click;
      if (typeof click !== 'function') throw new Error('New Reflection has no click handler');
      (click as () => void)();
      expect(navigate).toHaveBeenCalledExactlyOnceWith('/new');
    },
  );

  it('puts the app menu first on macOS', () => {
    const { template } = build('darwin');
    const [first] = template;
    expect(first?.label).toBe('Influence Journal');
    const roles = flatten(Array.isArray(first?.submenu) ? first.submenu : []).map((item) => item.role);
    expect(roles).toContain('quit');
    expect(roles).toContain('about');
  });

  it('has no app-name menu on Linux and starts with File', () => {
    const { template } = build('linux');
    expect(template.map((item) => item.label)).not.toContain('Influence Journal');
    expect(template[0]?.label).toBe('File');
  });

  it('reaches settings from the menu on both platforms', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { template, navigate } = build(platform);
      const settings = flatten(template).find((item) => item.label?.startsWith('Settings'));
      const click = settings?.click;
      if (typeof click !== 'function') throw new Error(`No settings item on ${platform}`);
      (click as () => void)();
      expect(navigate).toHaveBeenCalledExactlyOnceWith('/settings');
    }
  });

  it.each(['darwin', 'linux', 'win32'] as const)(
    'offers Toggle Developer Tools only in an unpackaged build (%s)',
    (platform) => {
      const roles = (devTools: boolean) =>
        flatten(build(platform, devTools).template).map((item) => item.role);
      expect(roles(false)).not.toContain('toggleDevTools');
      expect(roles(false)).toContain('reload');
      expect(roles(true)).toContain('toggleDevTools');
    },
  );
});
