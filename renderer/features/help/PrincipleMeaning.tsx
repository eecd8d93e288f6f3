import { isBuiltInPrincipleId, type Principle } from '../../../shared/domain/principles';
import { principleMeaning } from './principleGuide';
import './help.css';

/**
 * "What does this mean?" beside a principle step: the idea and an example, folded until asked for.
 * A custom principle has only the description its author wrote, and the step already shows that
 * as its introduction, so it gets no disclosure repeating it (Help lists it with the others).
 */
export function PrincipleMeaning({ principle }: { principle: Pick<Principle, 'id' | 'description'> }) {
  const meaning = isBuiltInPrincipleId(principle.id) ? principleMeaning(principle) : null;
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
