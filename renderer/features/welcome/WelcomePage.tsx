import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { builtInPrinciples } from '../../../shared/domain/principles';
import { usePageTitle } from '../../app/usePageTitle';
import { SAMPLE_START_ROUTE } from '../sample/sampleRoutes';
import { EXAMPLE_SITUATION, PRINCIPLE_EXAMPLES } from './principleExamples';
import { RhythmForm } from './RhythmScreen';
import { recordWelcome } from './welcomeState';
import { describeStep, stepCount, welcomeSteps, type WelcomeStepId } from './welcomeSteps';
import './welcome.css';

function PurposeScreen() {
  return (
    <>
      <p>
        Influence Journal is for the conversations where you need something from someone you cannot simply
        tell what to do: a colleague in another team, your own manager, a partner outside the company.
      </p>
      <p>
        Right after one of them, take a few minutes to reflect. The app walks you through four principles of
        influencing without authority, keeps what you learned, and shows over time how your conversations go.
      </p>
      <p>Everything stays on this computer. Nothing is sent anywhere.</p>
    </>
  );
}

function PrinciplesScreen() {
  return (
    <>
      <p>{EXAMPLE_SITUATION}</p>
      <ul className="welcome-principles">
        {builtInPrinciples.map((principle) => (
          <li key={principle.id}>
            <h2>{principle.title}</h2>
            <p>{principle.description}</p>
            <p className="welcome-example">
              <span className="welcome-example-label">For example: </span>
              {PRINCIPLE_EXAMPLES[principle.id]}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function RhythmScreen() {
  return (
    <>
      <p>
        Reflection works best as a habit. Choose when a short reminder should ask you about the day’s
        conversations; if you already reflected that day, it stays quiet.
      </p>
      <RhythmForm />
    </>
  );
}

function StartScreen({ onChoose }: { onChoose: (route: string) => void }) {
  return (
    <>
      <p>
        Think of a conversation from the last few days where you needed someone’s help, and write about it. Or
        look around a sample journal first: made-up reflections from a few months, kept apart from yours and
        removed with one click.
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => onChoose('/new')}>
          Write your first reflection
        </button>
        <button type="button" className="button" onClick={() => onChoose(SAMPLE_START_ROUTE)}>
          Explore with a sample journal
        </button>
      </div>
    </>
  );
}

const headings: Record<WelcomeStepId, string> = {
  purpose: 'Welcome to Influence Journal',
  principles: 'Four principles',
  rhythm: 'Set a reflection rhythm',
  start: 'Your first reflection',
};

/**
 * The first-run welcome: a page in the app's frame (the navigation stays, so it traps nobody),
 * four short screens with Skip on each. How it ended is recorded, so it is not offered again.
 */
export function WelcomePage() {
  usePageTitle('Welcome');
  const navigate = useNavigate();
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = welcomeSteps[index] ?? welcomeSteps[0];

  useEffect(() => {
    // A first start lands here instead of on the journal's rows: start-up work (backups, the
    // offer to restore one, reminders, search) waits for this mark rather than a timeout.
    performance.mark('welcome:shown');
  }, []);

  useEffect(() => {
    // Each screen is announced by its heading, as a new page would be.
    headingRef.current?.focus();
  }, [index]);

  const leave = (outcome: 'done' | 'skipped', route: string) => {
    recordWelcome(outcome);
    void navigate(route);
  };

  const screens: Record<WelcomeStepId, ReactNode> = {
    purpose: <PurposeScreen />,
    principles: <PrinciplesScreen />,
    rhythm: <RhythmScreen />,
    start: <StartScreen onChoose={(route) => leave('done', route)} />,
  };

  return (
    <section className="page welcome-page" aria-labelledby="welcome-heading">
      <div className="welcome-top">
        <ol className="welcome-steps" aria-label="Welcome steps">
          {welcomeSteps.map((item, position) => (
            <li key={item.id} aria-current={position === index ? 'step' : undefined}>
              {item.label}
            </li>
          ))}
        </ol>
        <button type="button" className="button welcome-skip" onClick={() => leave('skipped', '/journal')}>
          Skip
        </button>
      </div>
      <p className="visually-hidden">{describeStep(index)}</p>
      <h1 id="welcome-heading" ref={headingRef} tabIndex={-1} className="page-heading">
        {headings[step.id]}
      </h1>
      <div className="welcome-screen">{screens[step.id]}</div>
      <div className="button-row welcome-nav">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => setIndex(index - 1)}>
            Back
          </button>
        ) : null}
        {index < stepCount - 1 ? (
          <button type="button" className="button button-primary" onClick={() => setIndex(index + 1)}>
            Next
          </button>
        ) : null}
      </div>
    </section>
  );
}
