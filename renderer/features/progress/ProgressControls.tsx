import { useId } from 'react';
import type { Person } from '../../../shared/domain/personSchema';
import {
  relationshipLabels,
  relationshipValues,
  type Relationship,
} from '../../../shared/domain/reflectionLabels';
import type { Day } from '../../../shared/progress/progressCalendar';
import {
  rangePresetLabels,
  rangePresets,
  type ProgressFilters,
  type RangePreset,
} from '../../../shared/progress/progressRange';
import { DateInput } from '../../ui/DateField';

export interface ProgressControlsProps {
  readonly preset: RangePreset;
  readonly custom: { readonly from: Day; readonly to: Day };
  readonly filters: ProgressFilters;
  readonly people: readonly Person[];
  readonly tags: readonly string[];
  readonly onPreset: (preset: RangePreset) => void;
  readonly onCustom: (custom: { from: Day; to: Day }) => void;
  readonly onFilters: (filters: ProgressFilters) => void;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function ProgressControls(props: ProgressControlsProps) {
  const { preset, custom, filters, people, tags, onPreset, onCustom, onFilters } = props;
  const name = useId();
  const ids = { from: useId(), to: useId(), person: useId(), relationship: useId(), tag: useId() };
  return (
    <div className="progress-controls">
      <fieldset className="progress-range">
        <legend>Range</legend>
        {rangePresets.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={preset === value}
              onChange={() => onPreset(value)}
            />{' '}
            {rangePresetLabels[value]}
          </label>
        ))}
        {preset === 'custom' ? (
          <span className="progress-custom-dates">
            <label htmlFor={ids.from}>From</label>
            <DateInput
              id={ids.from}
              label="From"
              value={custom.from}
              onChange={(from) => {
                if (DAY_PATTERN.test(from)) onCustom({ ...custom, from });
              }}
            />
            <label htmlFor={ids.to}>To</label>
            <DateInput
              id={ids.to}
              label="To"
              value={custom.to}
              onChange={(to) => {
                if (DAY_PATTERN.test(to)) onCustom({ ...custom, to });
              }}
            />
          </span>
        ) : null}
      </fieldset>
      <div className="progress-filters">
        <span className="progress-filter">
          <label htmlFor={ids.person}>Person</label>
          <select
            id={ids.person}
            value={filters.personId ?? ''}
            onChange={(event) => onFilters({ ...filters, personId: event.target.value || null })}
          >
            <option value="">Everyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </span>
        <span className="progress-filter">
          <label htmlFor={ids.relationship}>Relationship</label>
          <select
            id={ids.relationship}
            value={filters.relationship ?? ''}
            onChange={(event) =>
              onFilters({ ...filters, relationship: (event.target.value || null) as Relationship | null })
            }
          >
            <option value="">Any relationship</option>
            {relationshipValues.map((value) => (
              <option key={value} value={value}>
                {relationshipLabels[value]}
              </option>
            ))}
          </select>
        </span>
        <span className="progress-filter">
          <label htmlFor={ids.tag}>Tag</label>
          <select
            id={ids.tag}
            value={filters.tag ?? ''}
            onChange={(event) => onFilters({ ...filters, tag: event.target.value || null })}
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </span>
      </div>
    </div>
  );
}
