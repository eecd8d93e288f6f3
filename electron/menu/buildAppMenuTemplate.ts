import type { MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../../shared/app/identity';
import type { AppRoute } from '../../shared/ipc/contract';

export interface MenuActions {
  navigate: (route: AppRoute) => void;
}

export interface MenuOptions {
  /** Only in an unpackaged build: a shipped app has no DevTools to toggle. */
  devTools: boolean;
}

/** The platform's standard menus plus the journal's own shortcuts. */
export function buildAppMenuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const go = (route: AppRoute) => () => actions.navigate(route);
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: PRODUCT_NAME,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { label: 'Settings…', accelerator: 'Cmd+,', click: go('/settings') },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        { label: 'New Reflection', accelerator: 'CmdOrCtrl+N', click: go('/new') },
        { type: 'separator' },
        ...(isMac ? [] : [{ label: 'Settings', accelerator: 'Ctrl+,', click: go('/settings') }]),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Journal', accelerator: 'CmdOrCtrl+1', click: go('/journal') },
        { label: 'Progress', accelerator: 'CmdOrCtrl+2', click: go('/progress') },
        { label: 'People', accelerator: 'CmdOrCtrl+3', click: go('/people') },
        { label: 'Reminders', accelerator: 'CmdOrCtrl+4', click: go('/reminders') },
        { type: 'separator' },
        { role: 'reload' },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // The page listens for F1 and Ctrl/Cmd+? too; the menu item makes Help findable without knowing that.
    {
      role: 'help',
      label: 'Help',
      submenu: [{ label: `${PRODUCT_NAME} Help`, accelerator: 'F1', click: go('/help') }],
    },
  );
  return template;
}
