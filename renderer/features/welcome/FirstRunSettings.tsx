import { useNavigate } from 'react-router';
import { SAMPLE_START_ROUTE } from '../sample/sampleRoutes';
import { WELCOME_ROUTE } from './WelcomeGate';

/** Settings' way back to the welcome and to the sample journal, whenever the person wants them. */
export function FirstRunSettings() {
  const navigate = useNavigate();
  return (
    <>
      <h2>Getting started</h2>
      <p className="muted">
        The welcome explains the four principles and sets a reflection rhythm. The sample journal is a few
        months of made-up reflections, kept apart from yours.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void navigate(WELCOME_ROUTE)}>
          Show the welcome again
        </button>
        <button type="button" className="button" onClick={() => void navigate(SAMPLE_START_ROUTE)}>
          Explore with a sample journal
        </button>
      </div>
    </>
  );
}
