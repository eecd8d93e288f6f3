import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Reminder, ReminderKind } from '../../../shared/reminders/reminderSchema';
import { KIND_LABELS, WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST } from './describeSchedule';
import { DateInput } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import { TimeInput } from '../../ui/TimeField';
import { REMINDER_KIND_TEXTS } from './reminderKindTexts';
import {
  draftFromReminder,
  emptyDraft,
  isRepeating,
  reminderFromDraft,
  validateDraft,
  type DraftErrors,
  type ReminderDraft,
  type RepeatChoice,
} from './reminderDraft';
import { errorText } from '../../../shared/app/errorText';

/** The reminder schema's cap on a title; validateDraft refuses a longer one beside the field. */
const TITLE_LIMIT = 200;

const REPEAT_LABELS: Record<RepeatChoice, string> = {
  daily: 'Every day',
  weekdays: 'On chosen days',
  weekly: 'Once a week',
};

/** Adds a reminder, or edits `editing`; the parent saves through the platform, and a failure shows here. */
export function ReminderForm({
  editing,
  deviceZone,
  onSave,
  onCancel,
}: {
  editing: Reminder | null;
  deviceZone: string;
  onSave: (reminder: Reminder) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // The parent keys this form by the reminder being edited, so a new edit starts from fresh state.
  const [draft, setDraft] = useState<ReminderDraft>(() =>
    editing ? draftFromReminder(editing, Date.now()) : emptyDraft(deviceZone, Date.now()),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useLayoutEffect(() => {
    if (editing) titleRef.current?.focus();
  }, [editing]);

  const update = (patch: Partial<ReminderDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const zone = editing?.timeZone ?? deviceZone;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nowMs = Date.now();
    const found = validateDraft(draft, { timeZone: zone, nowMs, ...(editing ? { original: editing } : {}) });
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSave(
        reminderFromDraft(draft, {
          timeZone: deviceZone,
          now: new Date(nowMs),
          ...(editing ? { original: editing } : {}),
        }),
      );
      if (!editing) setDraft(emptyDraft(deviceZone, Date.now()));
    } catch (error) {
      setSaveError(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  // A field's hint and its error both describe it; the error comes last, as it is read after the hint.
  const errorProps = (field: keyof DraftErrors, hintId?: string) => {
    const describedBy = [hintId, errors[field] ? `${id}-${field}-error` : undefined]
      .filter(Boolean)
      .join(' ');
    return {
      ...(errors[field] ? { 'aria-invalid': true } : {}),
      ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    };
  };
  const controlErrorProps = (field: keyof DraftErrors, hintId?: string) => {
    const props = errorProps(field, hintId);
    return { invalid: props['aria-invalid'], describedBy: props['aria-describedby'] };
  };
  const fieldErrorLine = (field: keyof DraftErrors) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;
  const repeating = isRepeating(draft.kind);
  const kindTexts = REMINDER_KIND_TEXTS[draft.kind];

  return (
    <form
      className="reminder-form card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={`${id}-heading`}>{editing ? 'Edit reminder' : 'New reminder'}</h2>
      <TextField
        inputRef={titleRef}
        id={`${id}-title`}
        label="Title"
        value={draft.title}
        placeholder={kindTexts.titlePlaceholder}
        limit={TITLE_LIMIT}
        error={errors.title}
        onChange={(title) => update({ title })}
      />
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          aria-describedby={`${id}-kind-hint`}
          value={draft.kind}
          onChange={(e) => update({ kind: e.target.value as ReminderKind })}
        >
          {(Object.keys(KIND_LABELS) as ReminderKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <p id={`${id}-kind-hint`} className="field-hint">
          {kindTexts.purpose}
        </p>
      </div>
      {repeating ? (
        <fieldset>
          <legend>Repeats</legend>
          <div className="choice-row">
            {(Object.keys(REPEAT_LABELS) as RepeatChoice[]).map((repeat) => (
              <label key={repeat}>
                <input
                  type="radio"
                  name={`${id}-repeat`}
                  value={repeat}
                  checked={draft.repeat === repeat}
                  onChange={() => update({ repeat })}
                />
                {REPEAT_LABELS[repeat]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {repeating && draft.repeat === 'weekdays' ? (
        <fieldset {...(errors.days ? { 'aria-describedby': `${id}-days-error` } : {})}>
          <legend>Days</legend>
          <div className="choice-row">
            {WEEKDAYS_MONDAY_FIRST.map((day) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={draft.days.includes(day)}
                  onChange={(e) =>
                    update({
                      days: e.target.checked ? [...draft.days, day] : draft.days.filter((d) => d !== day),
                    })
                  }
                />
                {WEEKDAY_NAMES[day]}
              </label>
            ))}
          </div>
          {fieldErrorLine('days')}
        </fieldset>
      ) : null}
      <div className="form-row">
        {repeating && draft.repeat === 'weekly' ? (
          <div className="field">
            <label htmlFor={`${id}-weekday`}>Day of the week</label>
            <select
              id={`${id}-weekday`}
              value={draft.weeklyDay}
              onChange={(e) => update({ weeklyDay: Number(e.target.value) })}
            >
              {WEEKDAYS_MONDAY_FIRST.map((day) => (
                <option key={day} value={day}>
                  {WEEKDAY_NAMES[day]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {repeating ? null : (
          <div className="field">
            <label htmlFor={`${id}-date`}>Date</label>
            {kindTexts.dateHint === null ? null : (
              <p id={`${id}-date-hint`} className="field-hint">
                {kindTexts.dateHint}
              </p>
            )}
            <DateInput
              id={`${id}-date`}
              label="Date"
              value={draft.date}
              onChange={(date) => update({ date })}
              {...controlErrorProps('date', kindTexts.dateHint === null ? undefined : `${id}-date-hint`)}
            />
            {fieldErrorLine('date')}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <p id={`${id}-time-hint`} className="field-hint">
            {kindTexts.timeHint}
          </p>
          <TimeInput
            id={`${id}-time`}
            label="Time"
            value={draft.time}
            onChange={(time) => update({ time })}
            {...controlErrorProps('time', `${id}-time-hint`)}
          />
          {fieldErrorLine('time')}
        </div>
      </div>
      {zone === deviceZone ? null : <p className="field-hint">Times are in {zone}.</p>}
      {repeating ? (
        <div className="field reminder-form-check">
          <label>
            <input
              type="checkbox"
              checked={draft.quietIfReflected}
              onChange={(e) => update({ quietIfReflected: e.target.checked })}
            />
            Stay quiet if I already reflected that {draft.repeat === 'weekly' ? 'week' : 'day'}
          </label>
        </div>
      ) : null}
      {saveError ? (
        <p role="alert" className="field-error">
          Could not save the reminder: {saveError}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {editing ? 'Save changes' : 'Add reminder'}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel editing
          </button>
        ) : null}
      </div>
    </form>
  );
}
