/**
 * Channel names only, with no schemas, so the sandboxed preload bundle stays small.
 * The contract (contract.ts) attaches a request and response schema to each name and
 * fails to compile if the two lists ever drift apart.
 */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  reportDraftsFlushed: 'app:drafts-flushed',
  listReminders: 'reminders:list',
  upsertReminder: 'reminders:upsert',
  removeReminder: 'reminders:remove',
  setReminderPaused: 'reminders:set-paused',
  snoozeReminder: 'reminders:snooze',
  markReminderDone: 'reminders:done',
  getQuietHours: 'reminders:get-quiet-hours',
  setQuietHours: 'reminders:set-quiet-hours',
  sendTestNotification: 'reminders:send-test',
  getRemindersStatus: 'reminders:status',
  takeInAppReminders: 'reminders:take-in-app',
  reportReflectionSaved: 'reminders:reflection-saved',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  saveFile: 'file:save',
  saveReportPdf: 'file:save-report-pdf',
  beginBackup: 'backup:begin',
  appendBackup: 'backup:append',
  commitBackup: 'backup:commit',
  abortBackup: 'backup:abort',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  chooseBackupFolder: 'backup:choose-folder',
  reportBackupFailure: 'backup:report-failure',
} as const;

/** Main-to-renderer events. */
export const eventChannels = {
  onNavigate: 'app:navigate',
  onFlushDrafts: 'app:flush-drafts',
  onRemindersChanged: 'reminders:changed',
  onRemindersDueInApp: 'reminders:due-in-app',
} as const;

export type InvokeMethod = keyof typeof invokeChannels;
export type InvokeChannel = (typeof invokeChannels)[InvokeMethod];
export type EventMethod = keyof typeof eventChannels;
export type EventChannel = (typeof eventChannels)[EventMethod];
