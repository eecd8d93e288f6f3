import type { NotificationOptions } from '../../../electron/reminders/notificationPresenter';

type Listener = (...args: never[]) => void;

/** Records every notification made, its listeners and whether it was shown; fire events by hand. */
export class FakeNotification {
  static instances: FakeNotification[] = [];
  static supported = true;
  /** 'show' emits the show event at once; 'silent' emits nothing (some Linux servers); 'fail' emits failed. */
  static behaviour: 'show' | 'silent' | 'fail' = 'show';

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  static reset(): void {
    FakeNotification.instances = [];
    FakeNotification.supported = true;
    FakeNotification.behaviour = 'show';
  }

  readonly listeners = new Map<string, Listener[]>();
  shown = false;

  constructor(readonly options: NotificationOptions) {
    FakeNotification.instances.push(this);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  show(): void {
    this.shown = true;
    if (FakeNotification.behaviour === 'show') this.emit('show', {});
    if (FakeNotification.behaviour === 'fail') this.emit('failed', {}, 'Toast refused');
  }

  click(): void {
    this.emit('click', {});
  }

  close(): void {
    this.emit('close', {});
  }
}

/** powerMonitor: records listeners so a test can emit resume and unlock-screen. */
export function createFakePowerMonitor() {
  const listeners = new Map<string, Array<() => void>>();
  return {
    on(event: 'resume' | 'unlock-screen', listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    emit(event: 'resume' | 'unlock-screen') {
      for (const listener of listeners.get(event) ?? []) listener();
    },
    count: (event: string) => (listeners.get(event) ?? []).length,
  };
}

/** nativeTheme: the system theme, which a test can switch as a person switches theirs. */
export function createFakeNativeTheme() {
  const listeners: Array<() => void> = [];
  return {
    shouldUseDarkColors: false,
    on(event: 'updated', listener: () => void) {
      listeners.push(listener);
      return this;
    },
    switchTo(dark: boolean) {
      this.shouldUseDarkColors = dark;
      for (const listener of listeners) listener();
    },
  };
}

export class FakeTray {
  static instances: FakeTray[] = [];
  toolTip = '';
  menu: unknown = null;
  destroyed = false;
  readonly clickListeners: Array<() => void> = [];

  constructor(readonly image: unknown) {
    FakeTray.instances.push(this);
  }

  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }

  setContextMenu(menu: unknown): void {
    this.menu = menu;
  }

  on(_event: 'click', listener: () => void): this {
    this.clickListeners.push(listener);
    return this;
  }

  destroy(): void {
    this.destroyed = true;
  }
}
