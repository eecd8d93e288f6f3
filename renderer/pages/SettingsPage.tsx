import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { AppInfo } from '../../shared/ipc/contract';
import { PageHeading } from '../app/PageHeading';
import { usePageTitle } from '../app/usePageTitle';
import type { StorageStatus } from '../db/storagePersistence';
import { BackupFolderSetting } from '../features/backup/BackupFolderSetting';
import { DateTimeFormatSetting } from '../features/dateTime/DateTimeFormatSetting';
import { PrincipleSettings } from '../features/principles/PrincipleSettings';
import { BackgroundSettings } from '../features/reminders/BackgroundSettings';
import { WeekStartSetting } from '../features/weekStart/WeekStartSetting';
import { FirstRunSettings } from '../features/welcome/FirstRunSettings';
import { usePlatform } from '../platform/PlatformContext';
import { errorText } from '../../shared/app/errorText';

const formatBytes = (bytes: number | null) =>
  bytes === null
    ? 'unknown'
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function SettingsPage({ storage: storagePromise }: { storage: Promise<StorageStatus> }) {
  usePageTitle('Settings');
  const platform = usePlatform();
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let active = true;
    void storagePromise.then((value) => active && setStorage(value));
    return () => {
      active = false;
    };
  }, [storagePromise]);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    platform.getAppInfo().then(
      (value) => active && setInfo(value),
      (reason: unknown) => active && setError(errorText(reason)),
    );
    return () => {
      active = false;
    };
  }, [platform]);

  return (
    <section className="page">
      <PageHeading>Settings</PageHeading>
      <PrincipleSettings />
      <WeekStartSetting />
      <DateTimeFormatSetting />
      <BackgroundSettings />
      <BackupFolderSetting />
      <FirstRunSettings />
      <h2>Help</h2>
      <p>
        <Link to="/help">Open Help</Link> for the principles, the guided flow, Progress, where your data lives
        and the keyboard shortcuts (F1 opens it from anywhere).
      </p>
      <h2>About this app</h2>
      {error ? <p role="alert">Could not read the app's details: {error}</p> : null}
      {info ? (
        <dl className="facts" aria-label="About this app">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
          <dt>Data folder</dt>
          <dd>{info.dataFolder}</dd>
        </dl>
      ) : error ? null : (
        <p>Loading…</p>
      )}
      <h2>Storage</h2>
      <dl className="facts" aria-label="Storage">
        <dt>Protected from automatic clean-up</dt>
        <dd>
          {storage === null || storage.persisted === null ? 'unknown' : storage.persisted ? 'yes' : 'no'}
        </dd>
        <dt>Space used</dt>
        <dd>
          {formatBytes(storage?.usageBytes ?? null)} of {formatBytes(storage?.quotaBytes ?? null)}
        </dd>
      </dl>
    </section>
  );
}
