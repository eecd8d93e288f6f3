import { toggleChoice } from './exportChoices';

export interface ChoiceItem {
  readonly id: string;
  readonly label: string;
}

interface ChoiceGroupProps {
  readonly legend: string;
  readonly items: readonly ChoiceItem[];
  /** null: all of them. */
  readonly chosen: readonly string[] | null;
  readonly onChange: (chosen: readonly string[] | null) => void;
  readonly emptyText: string;
}

/** A folded list of checkboxes, all ticked at first; its summary says how many are chosen. */
export function ChoiceGroup({ legend, items, chosen, onChange, emptyText }: ChoiceGroupProps) {
  const ids = items.map(({ id }) => id);
  const summary = chosen === null ? 'all' : `${chosen.length} of ${items.length}`;
  return (
    <details className="data-choice-group">
      <summary>
        {legend}: {summary}
      </summary>
      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <fieldset>
          <legend className="visually-hidden">{legend}</legend>
          <div className="button-row data-choice-actions">
            <button type="button" className="button" onClick={() => onChange(null)}>
              Tick all {legend.toLocaleLowerCase()}
            </button>
            <button type="button" className="button" onClick={() => onChange([])}>
              Untick all {legend.toLocaleLowerCase()}
            </button>
          </div>
          <ul className="data-choice-list">
            {items.map((item) => (
              <li key={item.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen === null || chosen.includes(item.id)}
                    onChange={(event) => onChange(toggleChoice(chosen, ids, item.id, event.target.checked))}
                  />
                  {item.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </details>
  );
}
