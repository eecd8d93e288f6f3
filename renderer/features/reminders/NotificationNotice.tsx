import type { RemindersStatus } from '../../../shared/ipc/remindersContract';

/** Says plainly when reminders cannot arrive as notifications, and what happens instead. */
export function NotificationNotice({
  status,
  kind,
}: {
  status: RemindersStatus;
  kind: 'electron' | 'browser';
}) {
  const notes: string[] = [];
  if (!status.notificationsSupported)
    notes.push(
      `This ${kind === 'browser' ? 'browser' : 'system'} cannot show notifications. Due reminders appear as a banner inside the app instead.`,
    );
  else if (status.permission === 'denied')
    notes.push(
      'Notifications are blocked for Influence Journal. Due reminders appear as a banner inside the app while it is open; to get notifications, allow them in your browser’s settings for this site.',
    );
  else if (status.permission === 'default')
    notes.push(
      'Your browser will ask whether to allow notifications when you add a reminder or send a test.',
    );
  if (status.notificationsSupported && status.lastDeliveryProblem)
    notes.push(
      `The last notification could not be shown (${status.lastDeliveryProblem}). It appeared in the app instead.`,
    );
  if (kind === 'browser') notes.push('In the browser, reminders arrive only while this page is open.');

  return (
    <>
      {status.corruptFileMovedTo ? (
        <div role="alert" className="banner banner-error">
          <p>
            Your saved reminders could not be read, so the list started empty. Nothing was deleted: the
            unreadable copy was kept as <code>{status.corruptFileMovedTo}</code>.
          </p>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div className="status-message reminder-notice" aria-label="About notifications" role="note">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
