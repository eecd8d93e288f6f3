import path from 'node:path';
import {
  settingsFileSchema,
  type AppSettings,
  type SettingsFile,
  type SettingsPatch,
  type SettingsSupport,
  type SettingsView,
} from '../../shared/ipc/settingsContract';
import { createJsonFileStore, type JsonFileStoreOptions } from '../files/jsonFileStore';
import type { IpcHandlers } from '../ipc/registerIpcHandlers';
import { supportsStartAtLogin } from './loginItem';
import { errorText } from '../../shared/app/errorText';

export const SETTINGS_FILE_NAME = 'settings.json';

export interface SettingsServiceDeps {
  filesDir: string;
  platform: NodeJS.Platform;
  log: (message: string, detail?: unknown) => void;
  /** Makes a changed setting true in the system (tray, login item); throws if it cannot. */
  apply(change: Partial<AppSettings>, settings: AppSettings): Promise<void>;
  /** The system's own answer to "start at login?" (null: it cannot say), read on every get. */
  readStartAtLogin?(): Promise<boolean | null>;
  now?: () => Date;
  /** File access and retry timing, for tests. */
  fileOptions?: Omit<JsonFileStoreOptions, 'now'>;
}

/** macOS keeps an app running in the Dock when its window closes, so the setting only exists elsewhere. */
export function settingsSupport(platform: NodeJS.Platform): SettingsSupport {
  return {
    keepRunningInBackground: platform === 'win32' || platform === 'linux',
    startAtLogin: supportsStartAtLogin(platform),
  };
}

export function defaultSettingsFile(platform: NodeJS.Platform): SettingsFile {
  return {
    version: 1,
    keepRunningInBackground: settingsSupport(platform).keepRunningInBackground,
    startAtLogin: false,
    latestReflectionAt: null,
  };
}

function choicesOf(file: SettingsFile): AppSettings {
  return { keepRunningInBackground: file.keepRunningInBackground, startAtLogin: file.startAtLogin };
}

/** settings.json in the data folder: the person's choices plus the page's latest reflection time. */
export function createSettingsService(deps: SettingsServiceDeps) {
  const support = settingsSupport(deps.platform);
  const store = createJsonFileStore(
    path.join(deps.filesDir, SETTINGS_FILE_NAME),
    settingsFileSchema,
    () => defaultSettingsFile(deps.platform),
    { ...deps.fileOptions, ...(deps.now ? { now: deps.now } : {}) },
  );
  let current = defaultSettingsFile(deps.platform);
  let corruptFileMovedTo: string | undefined;
  /** Why the settings file could not be read; while set, nothing is saved over it. */
  let readProblem: string | undefined;

  /** Reads settings.json; on failure keeps the defaults in memory only and says why. */
  async function load(): Promise<void> {
    try {
      const result = await store.load();
      if (result.status === 'corrupt') {
        corruptFileMovedTo = result.movedTo;
        deps.log(`The settings file was unreadable and was moved to ${result.movedTo}`, result.reason);
      }
      // A retried read must not undo what changed in memory meanwhile (a reported reflection).
      current =
        readProblem === undefined
          ? result.value
          : {
              ...result.value,
              latestReflectionAt: current.latestReflectionAt ?? result.value.latestReflectionAt,
            };
      readProblem = undefined;
    } catch (error) {
      readProblem = errorText(error);
      deps.log('Could not read the settings; using the defaults without saving them', error);
    }
  }

  /** A failed read is tried again before each change, so a file that was busy at start is not lost. */
  async function ensureRead(): Promise<void> {
    if (store.hasRead()) return;
    await load();
    if (readProblem !== undefined) throw new Error(readProblem);
  }
  let writes: Promise<unknown> = Promise.resolve();

  /** One write at a time, each from the latest state, so two quick changes cannot undo each other. */
  function save(next: SettingsFile): Promise<void> {
    const run = writes.then(() => store.save(next));
    writes = run.catch(() => undefined);
    return run;
  }

  function view(): SettingsView {
    return {
      settings: choicesOf(current),
      supports: support,
      ...(corruptFileMovedTo === undefined ? {} : { corruptFileMovedTo }),
      ...(readProblem === undefined ? {} : { problem: readProblem.slice(0, 500) }),
    };
  }

  async function update(patch: SettingsPatch): Promise<SettingsView> {
    await ensureRead();
    const change: Partial<AppSettings> = {};
    for (const key of ['keepRunningInBackground', 'startAtLogin'] as const) {
      const value = patch[key];
      if (value === undefined || value === current[key]) continue;
      if (!support[key]) throw new Error(`${key} is not available on this system.`);
      change[key] = value;
    }
    if (Object.keys(change).length === 0) return view();
    // Applied first: a setting the system refused is reported, not saved as if it worked.
    await deps.apply(change, choicesOf({ ...current, ...change }));
    // Rebuilt after the await, so a reflection time recorded meanwhile is not written back over.
    const next = { ...current, ...change };
    current = next;
    await save(next);
    return view();
  }

  /** Takes the system's word for start-at-login, so turning it off in system settings shows here. */
  async function followSystemLoginItem(): Promise<void> {
    if (!support.startAtLogin || deps.readStartAtLogin === undefined) return;
    let enabled: boolean | null;
    try {
      enabled = await deps.readStartAtLogin();
    } catch (error) {
      deps.log('Could not read whether the app starts at login', error);
      return;
    }
    if (enabled === null || enabled === current.startAtLogin) return;
    current = { ...current, startAtLogin: enabled };
    await save(current).catch((error: unknown) => deps.log('Could not save the start-at-login state', error));
  }

  const handlers: Pick<IpcHandlers, 'settings:get' | 'settings:update'> = {
    'settings:get': async () => {
      await followSystemLoginItem();
      return view();
    },
    'settings:update': (patch) => update(patch),
  };

  return {
    handlers,
    load,
    view,
    update,
    settings: (): AppSettings => choicesOf(current),
    /** Background mode is in force only where it is supported. */
    keepRunningInBackground: () => support.keepRunningInBackground && current.keepRunningInBackground,
    latestReflectionAt: () => current.latestReflectionAt,
    /** Saved only when it changed, because the page reports after every autosave. */
    async recordLatestReflection(latestReflectionAt: string | null): Promise<boolean> {
      if (latestReflectionAt === current.latestReflectionAt) return false;
      const next = { ...current, latestReflectionAt };
      current = next;
      // Kept in memory when the file cannot be read; saved with the next change that can be.
      await ensureRead();
      await save(current);
      return true;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
