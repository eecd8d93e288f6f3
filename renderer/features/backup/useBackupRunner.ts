import { useMemo, useSyncExternalStore } from 'react';
import { useJournal, type Journal } from '../../db/JournalContext';
import { createBackupSnapshotRepository } from '../../db/repositories/backupSnapshotRepository';
import { buildAppVersion } from '../../db/repositories/trashPurgeGuard';
import { latestSchemaVersion } from '../../db/schemaVersions';
import type { JournalPlatform } from '../../platform/JournalPlatform';
import { usePlatform } from '../../platform/PlatformContext';
import { createBackupRunner, type BackupRunner } from './backupRunner';
import { browserStorage, readBackupStatus, type BackupStatus } from './backupStatus';

const listeners = new Set<() => void>();
let statusNow: BackupStatus | null = null;
const runners = new WeakMap<Journal, WeakMap<JournalPlatform, BackupRunner>>();

function currentStatus(): BackupStatus {
  statusNow ??= readBackupStatus(browserStorage());
  return statusNow;
}

function publish(status: BackupStatus): void {
  statusNow = status;
  listeners.forEach((listener) => listener());
}

/**
 * One runner per journal and platform, shared by the automatic backups, the import and the Data
 * page, so two of them never write at once and every one of them shows the same status.
 */
export function backupRunnerFor(journal: Journal, platform: JournalPlatform): BackupRunner | null {
  const { backups } = platform;
  if (backups === undefined) return null;
  const byPlatform = runners.get(journal) ?? new WeakMap<JournalPlatform, BackupRunner>();
  runners.set(journal, byPlatform);
  let runner = byPlatform.get(platform);
  if (runner === undefined) {
    runner = createBackupRunner({
      repository: createBackupSnapshotRepository(journal),
      backups,
      reminders: platform.reminders,
      appVersion: buildAppVersion(),
      schemaVersion: latestSchemaVersion,
      storage: browserStorage(),
      onStatus: publish,
    });
    byPlatform.set(platform, runner);
  }
  return runner;
}

export function useBackupRunner(): BackupRunner | null {
  const journal = useJournal();
  const platform = usePlatform();
  return useMemo(() => backupRunnerFor(journal, platform), [journal, platform]);
}

export function useBackupStatus(): BackupStatus {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, currentStatus);
}
