import { useRef, useState } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { LengthCounter, textLimitState } from '../../ui/LengthCounter';
import { describedBy, FieldMessages } from './fields';

/**
 * Splits what is in the box into the tags that can be added now and the text that stays: the
 * finished parts (before the last comma) that fit, up to the first one that is too long. A tag too
 * long to save stays in the box whole, with the rest of the text after it, never cut.
 */
function splitTags(value: string, isFinished: boolean): { add: string[]; rest: string } {
  const parts = value.split(',');
  const last = isFinished ? undefined : parts.pop();
  const add: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (part.trim().length > textLimits.tag) {
      const kept = parts.slice(index);
      return { add, rest: [...kept, ...(last === undefined ? [] : [last])].join(',') };
    }
    if (part.trim() !== '') add.push(part);
  }
  return { add, rest: last ?? '' };
}

/** The longest tag still in the box decides what the counter says. */
const longestPart = (value: string) =>
  value
    .split(',')
    .reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), '');

/**
 * What "Save reflection" says while a tag too long to add is still in the box, or null when
 * whatever is there fits (leaving the box turns it into a tag).
 */
export function pendingTagProblem(text: string): string | null {
  const over = longestPart(text).length - textLimits.tag;
  return over > 0
    ? `Shorten the tag still in the box: it is ${over} characters over the limit of ${textLimits.tag}.`
    : null;
}

/** Free tags: Enter or a comma turns what was typed into a chip; leaving the field keeps it too. */
export function TagInput({
  id,
  label,
  tags,
  error,
  onAdd,
  onRemove,
  onPendingChange,
  initialText = '',
}: {
  id: string;
  label: string;
  tags: readonly string[];
  error?: string | undefined;
  onAdd: (tags: readonly string[]) => void;
  onRemove: (tag: string) => void;
  /** The text left in the box after each change, so a save can refuse to leave it behind. */
  onPendingChange?: (text: string) => void;
  /** What was left in the box when the step was last shown. */
  initialText?: string;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialText);
  const hint = 'Press Enter or type a comma to add a tag.';
  const length = textLimitState(id, longestPart(text), textLimits.tag);

  function take(value: string, isFinished: boolean) {
    const { add, rest } = splitTags(value, isFinished);
    if (add.length > 0) onAdd(add);
    setText(rest);
    onPendingChange?.(rest);
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
        aria-invalid={error || length.isOver ? true : undefined}
        aria-describedby={describedBy(id, hint, error, length.countId)}
        // A pasted "budget, launch, Q3" becomes chips at once; the unfinished last part stays in the box.
        onChange={(event) => take(event.target.value, false)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            take(text, true);
          }
        }}
        onBlur={() => take(text, true)}
      />
      <LengthCounter state={length} />
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
