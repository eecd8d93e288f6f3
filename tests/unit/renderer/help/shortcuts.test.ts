import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildAppMenuTemplate } from '../../../../electron/menu/buildAppMenuTemplate';
import { isHelpKey, isShortcutOverlayKey, isTypingTarget } from '../../../../renderer/features/help/helpKeys';
import { allShortcuts, comboLabel, shortcutGroups } from '../../../../renderer/features/help/shortcuts';

function menuAccelerators(platform: NodeJS.Platform): string[] {
  const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  const template = buildAppMenuTemplate(platform, { navigate: () => undefined }, { devTools: true });
  return flatten(template).flatMap((item) =>
    typeof item.accelerator === 'string' ? [item.accelerator] : [],
  );
}

const key = (init: Partial<KeyboardEventInit> & { key: string }) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  code: '',
  ...init,
});

describe('the shortcuts list', () => {
  it('lists every accelerator the desktop menu has, on every platform', () => {
    const listed = new Set(allShortcuts.flatMap((shortcut) => shortcut.accelerators ?? []));
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      for (const accelerator of menuAccelerators(platform))
        expect(listed, `${platform}: ${accelerator}`).toContain(accelerator);
    }
  });

  it('lists no menu accelerator that the menu does not have', () => {
    const inSomeMenu = new Set((['darwin', 'linux', 'win32'] as const).flatMap(menuAccelerators));
    for (const shortcut of allShortcuts) {
      for (const accelerator of shortcut.accelerators ?? []) expect(inSomeMenu).toContain(accelerator);
    }
  });

  it('has the page-level shortcuts: Help on F1 and Mod+?, the overlay on ?, search on Mod+K', () => {
    const combos = (id: string) => allShortcuts.find((shortcut) => shortcut.id === id)?.combos;
    expect(combos('help')).toEqual([['F1'], ['Mod', '?']]);
    expect(combos('shortcuts')).toEqual([['?']]);
    expect(combos('search')).toEqual([['Mod', 'K']]);
  });

  it('gives every shortcut a unique id and every group at least one shortcut', () => {
    const ids = allShortcuts.map((shortcut) => shortcut.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of shortcutGroups) expect(group.shortcuts.length).toBeGreaterThan(0);
  });

  it('shows Mod as Cmd on a Mac and Ctrl elsewhere', () => {
    expect(comboLabel(['Mod', 'K'], true)).toBe('Cmd + K');
    expect(comboLabel(['Mod', 'K'], false)).toBe('Ctrl + K');
    expect(comboLabel(['F1'], false)).toBe('F1');
  });
});

describe('the help keys', () => {
  it('opens Help on F1 and on Ctrl or Cmd with ?', () => {
    expect(isHelpKey(key({ key: 'F1' }))).toBe(true);
    expect(isHelpKey(key({ key: '?', ctrlKey: true }))).toBe(true);
    expect(isHelpKey(key({ key: '?', metaKey: true }))).toBe(true);
    // A layout that reports the "/" key with Shift held.
    expect(isHelpKey(key({ key: '/', code: 'Slash', ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it('leaves other keys alone', () => {
    expect(isHelpKey(key({ key: '?' }))).toBe(false);
    expect(isHelpKey(key({ key: '/', code: 'Slash', ctrlKey: true }))).toBe(false);
    expect(isHelpKey(key({ key: 'F1', altKey: true }))).toBe(false);
    expect(isHelpKey(key({ key: 'k', ctrlKey: true }))).toBe(false);
  });

  it('opens the overlay on a plain ? only', () => {
    expect(isShortcutOverlayKey(key({ key: '?', shiftKey: true }))).toBe(true);
    expect(isShortcutOverlayKey(key({ key: '?', ctrlKey: true }))).toBe(false);
    expect(isShortcutOverlayKey(key({ key: '/' }))).toBe(false);
  });

  it('treats inputs, text areas, selects and editable content as typing', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    for (const element of [
      document.createElement('input'),
      document.createElement('textarea'),
      document.createElement('select'),
      editable,
      inside,
    ]) {
      expect(isTypingTarget(element), element.outerHTML).toBe(true);
    }
  });

  it('does not treat buttons, links, the page or a contenteditable="false" block as typing', () => {
    const notEditable = document.createElement('div');
    notEditable.setAttribute('contenteditable', 'false');
    for (const element of [
      document.createElement('button'),
      document.createElement('a'),
      document.body,
      notEditable,
    ]) {
      expect(isTypingTarget(element), element.tagName).toBe(false);
    }
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});
