import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import type { Person } from '../../../shared/domain/personSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { personMatchKey } from '../../../shared/domain/personNameMatch';
import { useJournal } from '../../db/JournalContext';
import { LengthCounter, textLimitState } from '../../ui/LengthCounter';
import { describedBy, FieldMessages } from './fields';
import { usePeopleByIds } from './usePeopleByIds';

type Option =
  | { readonly kind: 'person'; readonly person: Person; readonly isSameName: boolean }
  | { readonly kind: 'add'; readonly name: string };

const SEARCH_LIMIT = 8;
const optionLabel = (option: Option) => {
  if (option.kind === 'add') return `Add "${option.name}"`;
  return option.isSameName ? `Use ${option.person.name}` : option.person.name;
};

/**
 * "Who was it with?": an ARIA 1.2 combobox. Typing searches people by name, the first
 * match is highlighted so Enter takes it, arrows move, Escape closes; when no one has the
 * typed name an `Add "…"` option creates them. Chosen people show as removable chips.
 */
export function PersonCombobox({
  id,
  label,
  hint,
  error,
  selectedIds,
  onSelect,
  onRemove,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  selectedIds: readonly string[];
  onSelect: (person: Person) => void;
  onRemove: (personId: string) => void;
}) {
  const { people } = useJournal();
  const { report } = useStorageStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  // People picked here, so a new chip has its name before the live query catches up.
  const [picked, setPicked] = useState<ReadonlyMap<string, Person>>(new Map());
  const query = text.trim();
  // A name too long to save is kept in the box, never cut; it is not offered for adding until it fits.
  const length = textLimitState(id, query, textLimits.name);

  // The query travels with its results, so options never mix an older search with newer text.
  const found = useLiveQuery(
    async () => ({ query, people: await people.search(query, SEARCH_LIMIT + selectedIds.length) }),
    [people, query, selectedIds.length],
  );
  const chosen = usePeopleByIds(selectedIds);

  // Someone already in the journal under the typed name (whatever its case, accents or spacing)
  // comes first as "Use …", and no "Add" option offers a second person by the same name.
  const options: Option[] = [];
  if (found?.query === query) {
    const typedKey = personMatchKey(query);
    for (const person of found.people) {
      if (!selectedIds.includes(person.id) && options.length < SEARCH_LIMIT)
        options.push({ kind: 'person', person, isSameName: personMatchKey(person.name) === typedKey });
    }
    const hasSameName = found.people.some((person) => personMatchKey(person.name) === typedKey);
    if (query !== '' && !hasSameName && !length.isOver) options.push({ kind: 'add', name: query });
  }
  const isExpanded = isOpen && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function open(index: number) {
    setIsOpen(true);
    setActive(index);
  }

  function select(person: Person) {
    setPicked((current) => new Map(current).set(person.id, person));
    onSelect(person);
  }

  async function choose(option: Option) {
    setText('');
    setIsOpen(false);
    if (option.kind === 'person') {
      select(option.person);
      return;
    }
    try {
      select(await people.add(option.name));
    } catch (failure) {
      report(failure);
      setText(option.name);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isExpanded) open(0);
        else setActive((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isExpanded) open(Math.max(count - 1, 0));
        else setActive((activeIndex - 1 + count) % count);
        break;
      case 'Enter': {
        const option = isExpanded ? options[activeIndex] : undefined;
        if (option !== undefined) {
          event.preventDefault();
          void choose(option);
        } else if (length.isOver) {
          // Nothing to add until the name fits; the counter beside the field says by how much.
          event.preventDefault();
        }
        break;
      }
      case 'Escape':
        if (isExpanded) {
          event.preventDefault();
          setIsOpen(false);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        break;
    }
  }

  function remove(personId: string) {
    onRemove(personId);
    // The chip's button disappears with it; keep focus in the field rather than losing it to the page.
    inputRef.current?.focus();
  }

  return (
    <div className="field reflect-combobox">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="reflect-combobox-control">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listId}
          aria-activedescendant={isExpanded ? optionId(activeIndex) : undefined}
          aria-invalid={error || length.isOver ? true : undefined}
          aria-describedby={describedBy(id, hint, error, length.countId)}
          dir="auto"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim() === '') setIsOpen(false);
            else open(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setIsOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={`${id}-label`}
          className="reflect-listbox"
          hidden={!isExpanded}
        >
          {options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.person.id : 'add'}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={option.kind === 'add' ? 'reflect-option reflect-option-add' : 'reflect-option'}
              // Keeps focus in the input, where the combobox pattern wants it, while the option is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => void choose(option)}
              dir="auto"
            >
              {optionLabel(option)}
            </li>
          ))}
        </ul>
      </div>
      <LengthCounter state={length} />
      {selectedIds.length > 0 ? (
        <ul className="reflect-chips" aria-label="People in this conversation">
          {selectedIds.map((personId) => {
            const name =
              chosen?.get(personId)?.name ??
              picked.get(personId)?.name ??
              (chosen === undefined ? '…' : 'Unknown person');
            return (
              <li key={personId} className="reflect-chip">
                <span dir="auto">{name}</span>
                <button
                  type="button"
                  className="reflect-chip-remove"
                  aria-label={`Remove ${name}`}
                  onClick={() => remove(personId)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
