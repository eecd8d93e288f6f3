import { useId, useState } from 'react';
import type { ReminderView } from '../../../shared/ipc/remindersContract';
import type { SnoozeOption } from '../../../shared/reminders/snoozeUntil';
import { useDateTimeFormat, type DateTimeFormatters } from '../dateTime/useDateTimeFormat';
import { describeSchedule, KIND_LABELS } from './describeSchedule';
import { SnoozeMenu } from './SnoozeMenu';

export interface ReminderActions {
  edit(view: ReminderView): void;
  setPaused(id: string, paused: boolean): void;
  snooze(id: string, option: SnoozeOption): void;
  done(id: string): void;
  remove(id: string): void;
}

function nextText(view: ReminderView, format: DateTimeFormatters): string {
  const { reminder, next, firedAt } = view;
  // The engine writes its labels 24-hour and day first; another choice rewrites them from the instants.
  const engineStyle = !format.style.hour12 && format.style.order === 'dmy';
  const when = (prefix: string, label: string | null | undefined, instant: string) =>
    engineStyle && label ? label : `${prefix}: ${format.instantSoon(Date.parse(instant), reminder.timeZone)}`;
  if (firedAt !== undefined) return when('Fired', view.firedLabel, firedAt);
  if (reminder.done) return 'Done: it will not remind you again.';
  if (reminder.paused) return 'Paused: it will not remind you until you resume it.';
  if (next === null) return 'No next time: this one-off has already happened.';
  const nextLabel = when('Next', view.nextLabel, next);
  return reminder.snoozedUntil === undefined ? nextLabel : `${nextLabel} (snoozed)`;
}

/** One reminder in the list: what, when, and what can be done with it. */
export function ReminderItem({
  view,
  deviceZone,
  busy,
  actions,
}: {
  view: ReminderView;
  deviceZone: string;
  busy: boolean;
  actions: ReminderActions;
}) {
  const { reminder } = view;
  const titleId = useId();
  const format = useDateTimeFormat();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const zoneNote = reminder.timeZone === deviceZone ? '' : ` (${reminder.timeZone} time)`;
  // A one-off that has fired can be edited to a new time or deleted; nothing else applies.
  const isPast = view.firedAt !== undefined;
  const canFinish = reminder.kind === 'follow-up' && !reminder.done && !isPast;

  return (
    <li className="card reminder-item" aria-labelledby={titleId}>
      <div className="reminder-item-head">
        <h3 id={titleId} className="reminder-title" dir="auto">
          {reminder.title}
        </h3>
        <span className="tag">{KIND_LABELS[reminder.kind]}</span>
        {reminder.paused ? <span className="tag reminder-tag-paused">Paused</span> : null}
      </div>
      <p className="reminder-schedule muted">
        {describeSchedule(reminder.schedule, format.style)}
        {zoneNote}
      </p>
      <p className="reminder-next">{nextText(view, format)}</p>
      {confirmingDelete ? (
        <div className="reminder-confirm" role="group" aria-label={`Delete ${reminder.title}?`}>
          <p>Delete this reminder? This cannot be undone.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => actions.remove(reminder.id)}
            >
              Delete reminder
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-describedby={titleId}
            onClick={() => actions.edit(view)}
          >
            Edit
          </button>
          {isPast ? null : (
            <button
              type="button"
              className="button"
              aria-describedby={titleId}
              disabled={busy || reminder.done}
              onClick={() => actions.setPaused(reminder.id, !reminder.paused)}
            >
              {reminder.paused ? 'Resume' : 'Pause'}
            </button>
          )}
          {reminder.paused || reminder.done || isPast ? null : (
            <SnoozeMenu
              describedBy={titleId}
              disabled={busy}
              onSnooze={(option) => actions.snooze(reminder.id, option)}
            />
          )}
          {canFinish ? (
            <button
              type="button"
              className="button"
              aria-describedby={titleId}
              disabled={busy}
              onClick={() => actions.done(reminder.id)}
            >
              Done
            </button>
          ) : null}
          <button
            type="button"
            className="button button-danger"
            aria-describedby={titleId}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
