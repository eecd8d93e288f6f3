import type { Principle } from '../../../shared/domain/principles';
import { principleMeaning } from './principleGuide';
import './help.css';

/** "What does this mean?" beside a principle step: the idea and an example, folded until asked for. */
export function PrincipleMeaning({ principle }: { principle: Pick<Principle, 'id' | 'description'> }) {
  const meaning = principleMeaning(principle);
  if (meaning === null) return null;
  return (
    <details className="help-meaning">
      <summary>What does this mean?</summary>
      <p dir="auto">{meaning.idea}</p>
      {meaning.example === null ? null : (
        <p>
          <span className="help-example-label">For example: </span>
          {meaning.example}
        </p>
      )}
    </details>
  );
}
