import { useRef, useState } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { describedBy, FieldMessages } from './fields';

/** Free tags: Enter or a comma turns what was typed into a chip; leaving the field keeps it too. */
export function TagInput({
  id,
  label,
  tags,
  error,
  onAdd,
  onRemove,
}: {
  id: string;
  label: string;
  tags: readonly string[];
  error?: string | undefined;
  onAdd: (tags: readonly string[]) => void;
  onRemove: (tag: string) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const hint = 'Press Enter or type a comma to add a tag.';

  function commit(value: string) {
    if (value.trim() !== '') onAdd([value]);
    setText('');
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        ref={inputRef}
        id={id}
        type="text"
        dir="auto"
        className="reflect-tag-input"
        value={text}
        maxLength={textLimits.tag * 4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          // A pasted "budget, launch, Q3" becomes chips at once; the unfinished last part stays in the box.
          const parts = event.target.value.split(',');
          const rest = parts.pop() ?? '';
          if (parts.some((part) => part.trim() !== '')) onAdd(parts);
          setText(rest);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(text);
          }
        }}
        onBlur={() => commit(text)}
      />
      {tags.length > 0 ? (
        <ul className="reflect-chips" aria-label={`${label} added`}>
          {tags.map((tag) => (
            <li key={tag} className="reflect-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="reflect-chip-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => {
                  onRemove(tag);
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
