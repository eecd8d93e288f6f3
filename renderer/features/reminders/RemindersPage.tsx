import { useId, useMemo, useRef, useState } from 'react';
import type { ReminderView } from '../../../shared/ipc/remindersContract';
import type { Reminder } from '../../../shared/reminders/reminderSchema';
import type { SnoozeOption } from '../../../shared/reminders/snoozeUntil';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { usePlatform } from '../../platform/PlatformContext';
import { BackgroundSettings } from './BackgroundSettings';
import { NotificationNotice } from './NotificationNotice';
import { QuietHoursForm } from './QuietHoursForm';
import { deviceTimeZone } from './reminderDraft';
import { ReminderForm } from './ReminderForm';
import { ReminderItem, type ReminderActions } from './ReminderItem';
import { SNOOZE_LABELS } from './SnoozeMenu';
import { TestNotification } from './TestNotification';
import { errorText } from '../../../shared/app/errorText';
import { useReminderList } from './useReminderList';
import './reminders.css';

export function RemindersPage() {
  usePageTitle('Reminders');
  const platform = usePlatform();
  const { reminders } = platform;
  const { views, status, error, reload } = useReminderList();
  const [editing, setEditing] = useState<Reminder | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const deviceZone = useMemo(() => deviceTimeZone(), []);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const listHeadingId = useId();
  const pastHeadingId = useId();
  const upcoming = views?.filter((view) => view.firedAt === undefined) ?? null;
  const past = views?.filter((view) => view.firedAt !== undefined) ?? [];
  const itemOf = (view: ReminderView) => (
    <ReminderItem
      key={view.reminder.id}
      view={view}
      deviceZone={deviceZone}
      busy={busyId === view.reminder.id}
      actions={actions}
    />
  );

  const titleOf = (id: string) =>
    views?.find((view) => view.reminder.id === id)?.reminder.title ?? 'reminder';

  async function run(id: string, work: () => Promise<unknown>, done: string) {
    setBusyId(id);
    setActionError(null);
    try {
      await work();
      setAnnouncement(done);
    } catch (reason) {
      setActionError(errorText(reason));
    } finally {
      setBusyId(null);
      await reload();
    }
  }

  const actions: ReminderActions = {
    edit: (view: ReminderView) => setEditing(view.reminder),
    setPaused: (id, paused) =>
      void run(
        id,
        () => reminders.setPaused(id, paused),
        `${paused ? 'Paused' : 'Resumed'} “${titleOf(id)}”.`,
      ),
    snooze: (id, option: SnoozeOption) =>
      void run(
        id,
        () => reminders.snooze(id, option),
        `Snoozed “${titleOf(id)}” for ${SNOOZE_LABELS[option].toLowerCase()}.`,
      ),
    done: (id) => void run(id, () => reminders.done(id), `Marked “${titleOf(id)}” as done.`),
    remove: (id) => {
      const title = titleOf(id);
      if (editing?.id === id) setEditing(null);
      void run(id, () => reminders.remove(id), `Deleted “${title}”.`).then(() =>
        listHeadingRef.current?.focus(),
      );
    },
  };

  async function save(reminder: Reminder) {
    await reminders.upsert(reminder);
    setAnnouncement(editing ? `Saved changes to “${reminder.title}”.` : `Added “${reminder.title}”.`);
    setEditing(null);
    await reload();
  }

  return (
    <section className="page reminders-page">
      <PageHeading>Reminders</PageHeading>
      <p className="page-intro">
        Nudges to reflect after conversations, and to follow up on the next steps you wrote down.
      </p>
      {status ? <NotificationNotice status={status} kind={platform.kind} /> : null}
      <p role="status" className="reminder-announcement">
        {announcement}
      </p>
      {error || actionError ? (
        <p role="alert" className="field-error">
          {actionError ?? `Could not load reminders: ${error ?? ''}`}
        </p>
      ) : null}

      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeadingRef} tabIndex={-1}>
          Your reminders
        </h2>
        {upcoming === null ? (
          error ? null : (
            <p>Loading reminders…</p>
          )
        ) : upcoming.length === 0 ? (
          <p className="muted">
            {past.length === 0 ? 'No reminders yet. Add one below.' : 'Nothing coming up. Add one below.'}
          </p>
        ) : (
          <ul className="reminder-list" aria-labelledby={listHeadingId}>
            {upcoming.map(itemOf)}
          </ul>
        )}
      </section>

      {past.length > 0 ? (
        <section aria-labelledby={pastHeadingId}>
          <h2 id={pastHeadingId}>Past</h2>
          <p className="muted">One-off reminders that have fired. Edit one to set a new time.</p>
          <ul className="reminder-list" aria-labelledby={pastHeadingId}>
            {past.map(itemOf)}
          </ul>
        </section>
      ) : null}

      <ReminderForm
        key={editing?.id ?? 'new'}
        editing={editing}
        deviceZone={deviceZone}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
      <QuietHoursForm />
      <TestNotification onSent={() => void reload()} />
      <BackgroundSettings />
    </section>
  );
}
