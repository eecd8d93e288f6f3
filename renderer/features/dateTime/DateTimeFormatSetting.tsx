import { useContext, useId, useMemo, useState } from 'react';
import {
  dateOrderLabels,
  dateOrderPreferences,
  defaultDateTimeFormatPreference,
  readDateTimeFormatPreference,
  timeFormatLabels,
  timeFormatPreferences,
  type DateTimeFormatPreference,
} from '../../../shared/domain/dateTimeFormat';
import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import { useJournal } from '../../db/JournalContext';
import { createDateTimeFormatRepository } from '../../db/repositories/dateTimeFormatRepository';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { DateTimeFormatContext } from './DateTimeFormatProvider';
import { useDateTimeFormat } from './useDateTimeFormat';
import { errorText } from '../../../shared/app/errorText';

/** Settings: how dates and times are written and typed everywhere, saved as soon as it is chosen. */
export function DateTimeFormatSetting({ now = Date.now }: { now?: () => number }) {
  const { db } = useJournal();
  const repository = useMemo(() => createDateTimeFormatRepository(db), [db]);
  const stored = useContext(DateTimeFormatContext)?.stored;
  const format = useDateTimeFormat();
  const [error, setError] = useState<string | null>(null);
  const timeId = useId();
  const orderId = useId();
  const preference = stored?.preference ?? defaultDateTimeFormatPreference;

  async function choose(change: Partial<DateTimeFormatPreference>) {
    if (readDateTimeFormatPreference({ ...preference, ...change }) === null) return;
    setError(null);
    try {
      // Only the part chosen: the shown preference may not include a change saved a moment ago.
      await repository.change(change);
    } catch (reason) {
      const detail = errorText(reason);
      setError(`Could not save the date and time format; it stays as it was. ${detail}`);
    }
  }

  return (
    <>
      <h2>Date and time</h2>
      <div className="field">
        <label htmlFor={timeId}>Time format</label>
        <select
          id={timeId}
          value={preference.timeFormat}
          disabled={stored === undefined}
          onChange={(event) =>
            void choose({ timeFormat: event.target.value as DateTimeFormatPreference['timeFormat'] })
          }
        >
          {timeFormatPreferences.map((choice) => (
            <option key={choice} value={choice}>
              {timeFormatLabels[choice]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={orderId}>Date order</label>
        <select
          id={orderId}
          value={preference.dateOrder}
          disabled={stored === undefined}
          aria-describedby={`${orderId}-hint`}
          onChange={(event) =>
            void choose({ dateOrder: event.target.value as DateTimeFormatPreference['dateOrder'] })
          }
        >
          {dateOrderPreferences.map((choice) => (
            <option key={choice} value={choice}>
              {dateOrderLabels[choice]}
            </option>
          ))}
        </select>
        <p id={`${orderId}-hint`} className="field-hint">
          The journal shows dates and times this way, and date and time fields take them typed this way.
        </p>
      </div>
      <p aria-live="polite">Today: {format.dateTime(epochMsToLocalDateTime(now(), viewerTimeZone()))}</p>
      {stored?.unreadable != null ? (
        <p>
          The date and time format saved in this journal could not be read, so dates follow this
          computer&apos;s language until you choose here.
        </p>
      ) : null}
      {error === null ? null : <p role="alert">{error}</p>}
    </>
  );
}
