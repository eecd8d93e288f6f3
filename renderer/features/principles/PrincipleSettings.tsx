import { useState } from 'react';
import { AddPrincipleForm } from './AddPrincipleForm';
import { PrincipleItem } from './PrincipleItem';
import { usePrinciples } from './PrinciplesProvider';
import './principles.css';

/** The Settings section where the person names, adds and hides the principles they reflect on. */
export function PrincipleSettings() {
  const { all, isReady, problem } = usePrinciples();
  const [status, setStatus] = useState('');

  return (
    <section className="principle-settings" aria-labelledby="principle-settings-heading">
      <h2 id="principle-settings-heading">Principles</h2>
      <p className="page-intro">
        Each principle shown here has its own step when you write a reflection. Put them in your own words,
        add your own, or hide the ones you do not use. Past reflections always keep the principles they used.
      </p>
      {problem === null ? null : <p className="status-message">{problem}</p>}
      {isReady ? (
        <ul className="principle-list" aria-label="Your principles">
          {all.map((principle) => (
            <PrincipleItem key={principle.id} principle={principle} onStatus={setStatus} />
          ))}
        </ul>
      ) : (
        <p className="muted">Loading your principles…</p>
      )}
      <p role="status" className="principle-status">
        {status}
      </p>
      <AddPrincipleForm
        onAdded={(title) => setStatus(`Added "${title}". It now has its own step in new reflections.`)}
      />
    </section>
  );
}
