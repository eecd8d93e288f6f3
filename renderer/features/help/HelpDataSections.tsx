import { Link } from 'react-router';
import { HelpSectionHeading } from './HelpSectionHeading';

/** Where the journal is kept and how backups work, the version in use first. */
export function HelpDataSections({ isDesktop }: { isDesktop: boolean }) {
  const desktopData = (
    <div>
      <dt>In the desktop app</dt>
      <dd>
        The journal is kept in the app’s own storage in its data folder on this computer. Settings, reminders
        and backups are files in a “journal-files” folder beside it. <Link to="/settings">Settings</Link>{' '}
        shows the exact folder.
      </dd>
    </div>
  );
  const browserData = (
    <div>
      <dt>In the browser version</dt>
      <dd>
        The journal lives in this browser’s storage for this address. Clearing the site’s data in the browser
        deletes it, so keep a backup. Exports are downloads.
      </dd>
    </div>
  );
  const desktopBackups = (
    <div>
      <dt>In the desktop app</dt>
      <dd>
        Each day something changed, the app writes a checked backup of the whole journal, the Trash included,
        and one more before every import and restore. It keeps the last 7 daily, 4 weekly and 12 monthly
        backups. “Backup folder” in Settings can move them, for example to a synced folder.
      </dd>
    </div>
  );
  const browserBackups = (
    <div>
      <dt>In the browser version</dt>
      <dd>
        A browser has no folder to write to: “Back up now” on the Data page downloads a backup, and the app
        reminds you when the last one is more than a week old.
      </dd>
    </div>
  );
  return (
    <>
      <section className="help-section" aria-labelledby="help-data">
        <HelpSectionHeading section="data" />
        <p>
          Everything stays on this computer. Nothing is sent anywhere; the only files that leave the app are
          the ones you export from <Link to="/data">Data</Link>. Your principles, renamed, hidden or your own,
          belong to the journal and travel with its exports and backups. Client journals opened in Coach
          review are kept apart from yours.
        </p>
        <p className="help-note">You are using the {isDesktop ? 'desktop app' : 'browser version'}.</p>
        <dl className="help-terms">
          {isDesktop ? desktopData : browserData}
          {isDesktop ? browserData : desktopData}
        </dl>
      </section>
      <section className="help-section" aria-labelledby="help-backups">
        <HelpSectionHeading section="backups" />
        <dl className="help-terms">
          {isDesktop ? desktopBackups : browserBackups}
          {isDesktop ? browserBackups : desktopBackups}
        </dl>
        <p>
          To bring one back, use “Restore from backup” on the Data page: it shows what the backup holds before
          anything changes. “Import file” reads a backup too.
        </p>
      </section>
    </>
  );
}
