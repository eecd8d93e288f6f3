import type { MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../../shared/app/identity';
import type { AppRoute } from '../../shared/ipc/contract';

/** The parts of Electron's Tray we use. */
export interface TrayLike {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: never): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayActions {
  open(): void;
  navigate(route: AppRoute): void;
  quit(): void;
}

export function buildTrayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: `Open ${PRODUCT_NAME}`, click: () => actions.open() },
    { label: 'New reflection', click: () => actions.navigate('/new') },
    { label: 'Reminders', click: () => actions.navigate('/reminders') },
    { type: 'separator' },
    { label: `Quit ${PRODUCT_NAME}`, click: () => actions.quit() },
  ];
}

export interface TrayDeps<Menu> {
  createTray(): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  actions: TrayActions;
}

/**
 * The tray icon exists while background mode is on. The tray is kept in a variable for as long
 * as it should exist: a garbage-collected Tray disappears (electron#16922).
 */
export function createTrayController<Menu>(deps: TrayDeps<Menu>) {
  let tray: TrayLike | null = null;
  return {
    sync(enabled: boolean): void {
      if (enabled && tray === null) {
        tray = deps.createTray();
        tray.setToolTip(PRODUCT_NAME);
        tray.setContextMenu(deps.buildMenu(buildTrayMenuTemplate(deps.actions)) as never);
        // Windows and some Linux trays send a click; others only open the menu.
        tray.on('click', () => deps.actions.open());
      } else if (!enabled && tray !== null) {
        tray.destroy();
        tray = null;
      }
    },
    current: () => tray,
  };
}

export type TrayController = ReturnType<typeof createTrayController>;
