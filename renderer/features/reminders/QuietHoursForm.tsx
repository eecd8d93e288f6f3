import { useEffect, useId, useState, type FormEvent } from 'react';
import type { QuietHours } from '../../../shared/reminders/reminderSchema';
import { usePlatform } from '../../platform/PlatformContext';
import { TimeInput } from '../../ui/TimeField';
import { errorText } from '../../../shared/app/errorText';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Quiet hours: nothing fires inside them; what fell due waits until they end. */
export function QuietHoursForm() {
  const { reminders } = usePlatform();
  const id = useId();
  const [value, setValue] = useState<QuietHours | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    let active = true;
    reminders.getQuietHours().then(
      (quietHours) => active && setValue(quietHours),
      (error: unknown) =>
        active && setMessage({ text: `Could not read quiet hours: ${String(error)}`, isError: true }),
    );
    return () => {
      active = false;
    };
  }, [reminders]);

  if (value === null) return message ? <p role="alert">{message.text}</p> : <p>Loading quiet hours…</p>;
  const update = (patch: Partial<QuietHours>) => setValue({ ...value, ...patch });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (value === null) return;
    if (!TIME.test(value.start) || !TIME.test(value.end)) {
      setMessage({ text: 'Enter both times, such as 22:00 and 07:00.', isError: true });
      return;
    }
    try {
      setValue(await reminders.setQuietHours(value));
      setMessage({ text: 'Quiet hours saved.', isError: false });
    } catch (error) {
      setMessage({
        text: `Could not save quiet hours: ${errorText(error)}`,
        isError: true,
      });
    }
  }

  return (
    <form
      className="card reminder-quiet"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void save(e)}
      noValidate
    >
      <h2 id={`${id}-heading`}>Quiet hours</h2>
      <p className="field-hint">No reminders during these hours; anything due waits until they end.</p>
      <div className="field reminder-form-check">
        <label>
          <input
            type="checkbox"
            checked={value.enabled}
            onChange={(e) => update({ enabled: e.target.checked })}
          />
          Hold reminders during quiet hours
        </label>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>From</label>
          <TimeInput
            id={`${id}-start`}
            label="From"
            value={value.start}
            onChange={(start) => update({ start })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>To</label>
          <TimeInput id={`${id}-end`} label="To" value={value.end} onChange={(end) => update({ end })} />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Save quiet hours
        </button>
      </div>
      <p role="status" className={message?.isError ? 'field-error' : 'reminder-saved'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
