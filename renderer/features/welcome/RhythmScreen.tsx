import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Reminder } from '../../../shared/reminders/reminderSchema';
import { usePlatform } from '../../platform/PlatformContext';
import { TimeField } from '../../ui/TimeField';
import { describeSchedule, WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST } from '../reminders/describeSchedule';
import {
  deviceTimeZone,
  emptyDraft,
  reminderFromDraft,
  validateDraft,
  type DraftErrors,
  type ReminderDraft,
} from '../reminders/reminderDraft';
import { errorText } from '../../../shared/app/errorText';

export const RHYTHM_REMINDER_TITLE = 'Reflect on today’s conversations';

/** Weekdays at 17:30: the end of most working days, while the conversations are still fresh. */
export function defaultRhythmDraft(timeZone: string, nowMs: number): ReminderDraft {
  return { ...emptyDraft(timeZone, nowMs), title: RHYTHM_REMINDER_TITLE, repeat: 'weekdays' };
}

/**
 * Days and time of a rhythm reminder, saved through the reminders platform like the Reminders
 * page does. Notification permission is asked by that save (the browser needs the click), so
 * nobody is asked before they chose to have a reminder.
 */
export function RhythmForm({ onSaved }: { onSaved?: (reminder: Reminder) => void }) {
  const id = useId();
  const platform = usePlatform();
  const zone = useMemo(() => deviceTimeZone(), []);
  const [draft, setDraft] = useState(() => defaultRhythmDraft(zone, Date.now()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saved, setSaved] = useState<Reminder | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<ReminderDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nowMs = Date.now();
    const found = validateDraft(draft, { timeZone: zone, nowMs });
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      // Setting it again changes the same reminder rather than adding a second one.
      const reminder = reminderFromDraft(draft, {
        timeZone: zone,
        now: new Date(nowMs),
        ...(saved ? { original: saved } : {}),
      });
      const stored = await platform.reminders.upsert(reminder);
      setSaved(stored);
      onSaved?.(stored);
    } catch (error) {
      setSaveError(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="welcome-rhythm" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset aria-describedby={errors.days ? `${id}-days-error` : undefined}>
        <legend>Days</legend>
        <div className="choice-row">
          {WEEKDAYS_MONDAY_FIRST.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={draft.days.includes(day)}
                onChange={(event) =>
                  update({
                    days: event.target.checked
                      ? [...draft.days, day]
                      : draft.days.filter((chosen) => chosen !== day),
                  })
                }
              />
              {WEEKDAY_NAMES[day]}
            </label>
          ))}
        </div>
        {errors.days ? (
          <p id={`${id}-days-error`} className="field-error">
            {errors.days}
          </p>
        ) : null}
      </fieldset>
      <div className="welcome-rhythm-row">
        <TimeField
          id={`${id}-time`}
          label="Time"
          error={errors.time}
          value={draft.time}
          onChange={(time) => update({ time })}
        />
        <button type="submit" className="button" disabled={saving}>
          {saved ? 'Update reminder' : 'Set reminder'}
        </button>
      </div>
      {platform.kind === 'browser' && saved === null ? (
        <p className="field-hint">
          Your browser may ask whether Influence Journal can show notifications when you set it.
        </p>
      ) : null}
      <p role="status" className="welcome-rhythm-status">
        {saved
          ? `Reminder set: ${describeSchedule(saved.schedule)}. Change or remove it any time on the Reminders page.`
          : ''}
      </p>
      {saveError ? (
        <p role="alert" className="field-error">
          Could not set the reminder: {saveError}
        </p>
      ) : null}
    </form>
  );
}
