import type { AppInfo, AppRoute } from '../../shared/ipc/contract';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/fileContract';
import type {
  ReminderView,
  RemindersStatus,
  TestNotificationResult,
} from '../../shared/ipc/remindersContract';
import type { SettingsPatch, SettingsView } from '../../shared/ipc/settingsContract';
import type { DueNotification } from '../../shared/reminders/collapseMissed';
import type { QuietHours, Reminder } from '../../shared/reminders/reminderSchema';
import type { SnoozeOption } from '../../shared/reminders/snoozeUntil';
import type { BackupsPlatform } from './backupsPlatform';

/**
 * Reminders, whoever runs them: the main process in the desktop app, the page itself in a
 * browser tab. Both drive the same engine (shared/reminders), so they behave the same.
 */
export interface RemindersPlatform {
  list(): Promise<ReminderView[]>;
  /** Adds or replaces by id; the engine validates it and says which field is wrong. */
  upsert(reminder: Reminder): Promise<Reminder>;
  remove(id: string): Promise<void>;
  setPaused(id: string, paused: boolean): Promise<Reminder>;
  snooze(id: string, option: SnoozeOption): Promise<Reminder>;
  /** Ends a follow-up for good. */
  done(id: string): Promise<Reminder>;
  getQuietHours(): Promise<QuietHours>;
  setQuietHours(quietHours: QuietHours): Promise<QuietHours>;
  sendTest(): Promise<TestNotificationResult>;
  status(): Promise<RemindersStatus>;
  /** Due reminders that could not be shown as notifications; each is handed over once. */
  takeInApp(): Promise<DueNotification[]>;
  /** The newest saved reflection, for "stay quiet if I already reflected". */
  reportLatestReflection(latestReflectionAt: string | null): Promise<void>;
  /** The list changed (an edit, a reminder fired, a snooze from a notification). */
  onChanged(listener: () => void): () => void;
  /** A due reminder could not be shown as a notification: call takeInApp. */
  onDueInApp(listener: (notification: DueNotification) => void): () => void;
}

/** A file to save: text, bytes, or a Blob (made in a worker, it reaches the page without a copy of its bytes). */
export interface FileToSave extends Omit<SaveFileRequest, 'data'> {
  readonly data: SaveFileRequest['data'] | Blob;
}

/** Files the person exports: the desktop app asks where in a save dialog, a browser downloads them. */
export interface FilesPlatform {
  /** `saved` is false when the person closed the save dialog; a failed write throws, naming the file. */
  save(file: FileToSave): Promise<SaveFileResult>;
  /** Desktop only: main prints the page on show (the report) to a PDF and saves it where the person picks. */
  saveReportPdf?(suggestedName: string): Promise<SaveFileResult>;
}

export interface SettingsPlatform {
  get(): Promise<SettingsView>;
  update(patch: SettingsPatch): Promise<SettingsView>;
}

/**
 * Everything the renderer needs from outside the page. The Electron implementation
 * goes through `window.journal`; the browser one uses web APIs. The rest of the app
 * never knows which one runs.
 */
export interface JournalPlatform {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Main (menu, notification click) asks the page to show a route. */
  onNavigate(listener: (route: AppRoute) => void): () => void;
  /**
   * The desktop app is about to quit or close the window: `handler` saves pending drafts and
   * main waits (a bounded time) for it. The browser relies on pagehide instead.
   */
  onFlushRequest(handler: () => Promise<void>): () => void;
  readonly reminders: RemindersPlatform;
  readonly settings: SettingsPlatform;
  readonly files: FilesPlatform;
  /** Automatic and manual backups; absent only in test platforms that do not need them. */
  readonly backups?: BackupsPlatform;
}

export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
