import { useId, useMemo, useState } from 'react';
import {
  isWeekStartPreference,
  weekStartPreferenceLabels,
  weekStartPreferences,
} from '../../../shared/domain/weekStartPreference';
import { useJournal } from '../../db/JournalContext';
import { createWeekStartRepository } from '../../db/repositories/weekStartRepository';
import { useWeekStart } from './useWeekStart';
import { errorText } from '../../../shared/app/errorText';

/** Settings: the day weeks start on in Progress, saved with the journal as soon as it is chosen. */
export function WeekStartSetting() {
  const { db } = useJournal();
  const repository = useMemo(() => createWeekStartRepository(db), [db]);
  const weekStart = useWeekStart();
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();

  async function choose(value: string) {
    if (!isWeekStartPreference(value)) return;
    setError(null);
    try {
      await repository.write(value);
    } catch (reason) {
      const detail = errorText(reason);
      setError(`Could not save the first day of the week; it stays as it was. ${detail}`);
    }
  }

  return (
    <>
      <h2>Calendar</h2>
      <div className="field">
        <label htmlFor={selectId}>First day of the week</label>
        {/* Above the control, as every field's hint is (renderer/ui/FieldMessages). */}
        <p id={`${selectId}-hint`} className="field-hint">
          Progress counts its weeks and streaks from this day.
        </p>
        <select
          id={selectId}
          value={weekStart?.stored.preference ?? 'locale'}
          disabled={weekStart === undefined}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => void choose(event.target.value)}
        >
          {weekStartPreferences.map((preference) => (
            <option key={preference} value={preference}>
              {weekStartPreferenceLabels[preference]}
            </option>
          ))}
        </select>
      </div>
      {weekStart?.stored.unreadable != null ? (
        <p>
          The first day of the week saved in this journal could not be read, so weeks follow your language
          settings until you choose a day here.
        </p>
      ) : null}
      {error === null ? null : <p role="alert">{error}</p>}
    </>
  );
}
