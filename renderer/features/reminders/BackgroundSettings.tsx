import { useEffect, useId, useState } from 'react';
import type { AppSettings, SettingsView } from '../../../shared/ipc/settingsContract';
import { usePlatform } from '../../platform/PlatformContext';
// Its own styles: Settings shows it too, without the rest of the Reminders page.
import './reminders.css';
import { errorText } from '../../../shared/app/errorText';

/** Keep running in the background and start at login, where the platform can honour them. */
export function BackgroundSettings() {
  const { settings, kind } = usePlatform();
  const id = useId();
  const [view, setView] = useState<SettingsView | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    let active = true;
    settings.get().then(
      (value) => active && setView(value),
      (error: unknown) =>
        active && setMessage({ text: `Could not read the settings: ${errorText(error)}`, isError: true }),
    );
    return () => {
      active = false;
    };
  }, [settings]);

  async function change(key: keyof AppSettings, value: boolean) {
    try {
      setView(await settings.update({ [key]: value }));
      setMessage({ text: 'Setting saved.', isError: false });
    } catch (error) {
      setMessage({ text: `Could not change the setting: ${errorText(error)}`, isError: true });
    }
  }

  const supports = view?.supports;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>When the window is closed</h2>
      {kind === 'browser' ? (
        <p>
          In the browser, reminders arrive only while this page is open. The desktop app can keep running in
          the background and start when you log in.
        </p>
      ) : null}
      {view?.corruptFileMovedTo ? (
        <p role="alert">
          The settings file could not be read, so the defaults are in use. The unreadable file was kept as{' '}
          <code>{view.corruptFileMovedTo}</code>.
        </p>
      ) : null}
      {supports?.keepRunningInBackground ? (
        <div className="field reminder-form-check">
          <label>
            <input
              type="checkbox"
              checked={view?.settings.keepRunningInBackground ?? false}
              onChange={(e) => void change('keepRunningInBackground', e.target.checked)}
              aria-describedby={`${id}-background-hint`}
            />
            Keep running in the background
          </label>
          <p id={`${id}-background-hint`} className="field-hint">
            Closing the window leaves Influence Journal in the system tray, so reminders still arrive.
          </p>
        </div>
      ) : kind === 'electron' && supports ? (
        <p className="field-hint">
          The app stays in the Dock when you close its window, so reminders still arrive.
        </p>
      ) : null}
      {supports?.startAtLogin ? (
        <div className="field reminder-form-check">
          <label>
            <input
              type="checkbox"
              checked={view?.settings.startAtLogin ?? false}
              onChange={(e) => void change('startAtLogin', e.target.checked)}
            />
            Start at login
          </label>
        </div>
      ) : null}
      <p role="status" className={message?.isError ? 'field-error' : 'reminder-saved'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
