import { memo, useEffect, useId, useState } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import type { Person } from '../../../shared/domain/personSchema';
import {
  outcomeLabels,
  outcomeValues,
  relationshipLabels,
  relationshipValues,
} from '../../../shared/domain/reflectionLabels';
import { hasActiveFilters, type SearchFilters } from '../../../shared/search/searchFilters';
import { useJournal } from '../../db/JournalContext';
import { DateInput } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { useUrlDraft } from './useUrlDraft';

interface SearchFilterControlsProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

const isTagTooLong = (filters: SearchFilters) => (filters.tag?.length ?? 0) > textLimits.tag;

function usePeople(): Person[] {
  const journal = useJournal();
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    let isCurrent = true;
    journal.people
      .all()
      .then((all) => isCurrent && setPeople(all))
      .catch((error: unknown) => console.warn('People could not be read for the filter', error));
    return () => {
      isCurrent = false;
    };
  }, [journal]);
  return people;
}

function Choice(props: {
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters, as ordinary labelled form controls; every change goes straight to the URL.
 * Memoized, with stable props from the page, so typing a query does not re-render every option.
 */
export const SearchFilterControls = memo(function SearchFilterControls({
  filters,
  onChange,
}: SearchFilterControlsProps) {
  const people = usePeople();
  const principles = usePrinciples().all;
  const [draft, setDraft] = useUrlDraft(filters);
  const id = useId();
  const update = (patch: Partial<SearchFilters>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // A tag longer than any tag can be is kept in the box, never cut, and not searched for: the
    // results stay those of the last search that could run until it is shortened.
    if (!isTagTooLong(next)) onChange(next);
  };
  const clear = () => {
    setDraft({});
    onChange({});
  };
  return (
    <fieldset className="search-filters">
      <legend>Filter results</legend>
      <div className="search-filter-grid">
        <Choice
          label="Principle"
          anyLabel="Any principle"
          value={draft.principleId}
          // Hidden principles stay: past reflections still use them.
          options={principles.map(({ id, title, isHidden }) => ({
            value: id,
            label: isHidden ? `${title} (hidden)` : title,
          }))}
          onChange={(principleId) => update({ principleId })}
        />
        <Choice
          label="Person"
          anyLabel="Anyone"
          value={draft.personId}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
          onChange={(personId) => update({ personId })}
        />
        <Choice
          label="Relationship"
          anyLabel="Any relationship"
          value={draft.relationship}
          options={relationshipValues.map((value) => ({ value, label: relationshipLabels[value] }))}
          onChange={(value) => update({ relationship: relationshipValues.find((known) => known === value) })}
        />
        <Choice
          label="Outcome"
          anyLabel="Any outcome"
          value={draft.outcome}
          options={outcomeValues.map((value) => ({ value, label: outcomeLabels[value] }))}
          onChange={(value) => update({ outcome: outcomeValues.find((known) => known === value) })}
        />
        <TextField
          id={`${id}-tag`}
          label="Tag"
          value={draft.tag ?? ''}
          limit={textLimits.tag}
          error={
            isTagTooLong(draft) ? 'No tag is this long: shorten it and the search runs again.' : undefined
          }
          onChange={(tag) => update({ tag: tag === '' ? undefined : tag })}
        />
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <DateInput
            id={`${id}-from`}
            label="From"
            value={draft.from ?? ''}
            onChange={(from) => update({ from: from || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <DateInput
            id={`${id}-to`}
            label="To"
            value={draft.to ?? ''}
            onChange={(to) => update({ to: to || undefined })}
          />
        </div>
        <div className="field search-filter-check">
          <label>
            <input
              type="checkbox"
              checked={draft.starred === true}
              onChange={(event) => update({ starred: event.target.checked || undefined })}
            />{' '}
            Starred only
          </label>
        </div>
      </div>
      {/* Always present: a button that vanished on click would drop keyboard focus on the page. */}
      <button type="button" className="button" onClick={clear} aria-disabled={!hasActiveFilters(draft)}>
        Clear filters
      </button>
    </fieldset>
  );
});
