import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => void;

export interface FakePreventableEvent {
  preventDefault: () => void;
  defaultPrevented: boolean;
}

export function fakeEvent(): FakePreventableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Records every listener and handler so a test can fire Electron events by hand. */
export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly replacedMisspellings: string[] = [];
  readonly session = {
    dictionaryWords: [] as string[],
    addWordToSpellCheckerDictionary(word: string): boolean {
      this.dictionaryWords.push(word);
      return true;
    },
  };

  replaceMisspelling(word: string): void {
    this.replacedMisspellings.push(word);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeBrowserWindow {
  static instances: FakeBrowserWindow[] = [];
  /** Electron fires app's 'web-contents-created' for every window's contents; the main tests wire it here. */
  static onCreated: ((window: FakeBrowserWindow) => void) | null = null;

  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  readonly onceListeners = new Map<string, Listener[]>();
  readonly loadedUrls: string[] = [];
  shown = 0;
  maximized = 0;
  focused = 0;
  restored = 0;
  destroyed = false;
  minimized = false;
  visible = false;
  hidden = 0;
  maximizedState = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  backgroundColors: string[] = [];

  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.onCreated?.(this);
  }

  setBackgroundColor(color: string): void {
    this.backgroundColors.push(color);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.onceListeners.set(event, [...(this.onceListeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
    const once = this.onceListeners.get(event) ?? [];
    this.onceListeners.delete(event);
    for (const listener of once) listener(...args);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.shown += 1;
    this.visible = true;
  }

  showInactive(): void {
    this.visible = true;
  }

  hide(): void {
    this.hidden += 1;
    this.visible = false;
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** What the user's close does: 'close' may be prevented; otherwise the window is destroyed. */
  close(): FakePreventableEvent {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
    }
    return event;
  }

  maximize(): void {
    this.maximized += 1;
  }

  focus(): void {
    this.focused += 1;
  }

  restore(): void {
    this.restored += 1;
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isMaximized(): boolean {
    return this.maximizedState;
  }

  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.normalBounds };
  }
}

export function onlyWindow(): FakeBrowserWindow {
  const [window, ...rest] = FakeBrowserWindow.instances;
  if (!window || rest.length > 0) {
    throw new Error(`Expected exactly one window, found ${FakeBrowserWindow.instances.length}`);
  }
  return window;
}
