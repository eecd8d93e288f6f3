import type { eventContract } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipcResult';
import type { JournalApi } from '../../shared/ipc/journalApi';
import { PlatformError, type JournalPlatform, type RemindersPlatform } from './JournalPlatform';
import { createElectronBackups } from './backupsPlatform';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

type EventContract = typeof eventContract;
let eventContractLoad: Promise<EventContract> | undefined;

/**
 * Events from main are checked against the contract, whose schemas load on the first event
 * rather than with the page (see lazyReminders). Events keep their order: each waits on the
 * same load.
 */
function onEventChecked(
  subscribe: (handler: (payload: unknown) => void) => () => void,
  handle: (contract: EventContract, payload: unknown) => void,
): () => void {
  let isCancelled = false;
  const unsubscribe = subscribe((payload) => {
    eventContractLoad ??= import('../../shared/ipc/contract').then(
      (module) => module.eventContract,
      (error: unknown) => {
        // The next event tries again; this one cannot be checked, so it is dropped.
        eventContractLoad = undefined;
        throw error;
      },
    );
    eventContractLoad.then(
      (contract) => {
        if (!isCancelled) handle(contract, payload);
      },
      (error: unknown) => console.error('An event from the app could not be checked', error),
    );
  });
  return () => {
    isCancelled = true;
    unsubscribe();
  };
}

function createElectronReminders(api: JournalApi): RemindersPlatform {
  return {
    list: async () => unwrap(await api.listReminders()).reminders,
    upsert: async (reminder) => unwrap(await api.upsertReminder({ reminder })).reminder,
    remove: async (id) => {
      unwrap(await api.removeReminder({ id }));
    },
    setPaused: async (id, paused) => unwrap(await api.setReminderPaused({ id, paused })).reminder,
    snooze: async (id, option) => unwrap(await api.snoozeReminder({ id, option })).reminder,
    done: async (id) => unwrap(await api.markReminderDone({ id })).reminder,
    getQuietHours: async () => unwrap(await api.getQuietHours()),
    setQuietHours: async (quietHours) => unwrap(await api.setQuietHours({ quietHours })),
    sendTest: async () => unwrap(await api.sendTestNotification()),
    status: async () => unwrap(await api.getRemindersStatus()),
    takeInApp: async () => unwrap(await api.takeInAppReminders()).notifications,
    reportLatestReflection: async (latestReflectionAt) => {
      unwrap(await api.reportReflectionSaved({ latestReflectionAt }));
    },
    onChanged: (listener) =>
      onEventChecked(
        (handler) => api.onRemindersChanged(handler),
        (contract, payload) => {
          if (contract['reminders:changed'].safeParse(payload).success) listener();
        },
      ),
    onDueInApp: (listener) =>
      onEventChecked(
        (handler) => api.onRemindersDueInApp(handler),
        (contract, payload) => {
          const parsed = contract['reminders:due-in-app'].safeParse(payload);
          if (parsed.success) listener(parsed.data);
        },
      ),
  };
}

export function createElectronPlatform(api: JournalApi): JournalPlatform {
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await api.getAppInfo()),
    onNavigate: (listener) =>
      // Main is trusted, but the payload still crossed a process boundary.
      onEventChecked(
        (handler) => api.onNavigate(handler),
        (contract, payload) => {
          const parsed = contract['app:navigate'].safeParse(payload);
          if (parsed.success) listener(parsed.data.route);
        },
      ),
    onFlushRequest: (handler) =>
      onEventChecked(
        (listener) => api.onFlushDrafts(listener),
        (contract, payload) => {
          const parsed = contract['app:flush-drafts'].safeParse(payload);
          if (!parsed.success) return;
          const { requestId } = parsed.data;
          // Answered even when saving failed: the editor says so itself, and main must not wait out its bound.
          void handler()
            .catch((error: unknown) => console.error('Drafts could not be saved before closing', error))
            .then(() => api.reportDraftsFlushed({ requestId }))
            .catch((error: unknown) => console.error('Could not tell the app the drafts are saved', error));
        },
      ),
    reminders: createElectronReminders(api),
    settings: {
      get: async () => unwrap(await api.getSettings()),
      update: async (patch) => unwrap(await api.updateSettings(patch)),
    },
    files: {
      // The bridge takes text or bytes: a Blob is read into bytes without holding the page.
      save: async ({ data, ...file }) =>
        unwrap(
          await api.saveFile({
            ...file,
            data: data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data,
          }),
        ),
      saveReportPdf: async (suggestedName) => unwrap(await api.saveReportPdf({ suggestedName })),
    },
    backups: createElectronBackups(api),
  };
}
