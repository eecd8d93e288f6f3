import { Link } from 'react-router';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { usePlatform } from '../../platform/PlatformContext';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { HelpDataSections } from './HelpDataSections';
import { HelpFlowSection } from './HelpFlowSection';
import { HelpContents, HelpSectionHeading } from './HelpSectionHeading';
import { principleMeaning } from './principleGuide';
import { progressFigureGuide } from './progressFigureGuide';
import { ShortcutList } from './ShortcutList';
import './help.css';

function PrinciplesSection() {
  const { visible } = usePrinciples();
  return (
    <section className="help-section" aria-labelledby="help-principles">
      <HelpSectionHeading section="principles" />
      <p>
        Each reflection looks at the conversation through these principles. They are habits to notice, not
        rules to pass: a low rating after a hard day is useful information, nothing more.
      </p>
      {visible.map((principle) => {
        const meaning = principleMeaning(principle);
        return (
          <article key={principle.id} className="help-principle" aria-labelledby={`help-p-${principle.id}`}>
            <h3 id={`help-p-${principle.id}`} dir="auto">
              {principle.title}
            </h3>
            {meaning === null ? null : <p dir="auto">{meaning.idea}</p>}
            {meaning?.example ? (
              <p>
                <span className="help-example-label">For example: </span>
                {meaning.example}
              </p>
            ) : null}
            {principle.prompts.length > 0 ? (
              <details className="help-prompts">
                <summary>Questions to think about</summary>
                <ul>
                  {principle.prompts.map((prompt) => (
                    <li key={prompt} dir="auto">
                      {prompt}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </article>
        );
      })}
      <p>
        You can rename or hide a principle, or add your own, in <Link to="/settings">Settings</Link>.
      </p>
    </section>
  );
}

function ProgressSection() {
  return (
    <section className="help-section" aria-labelledby="help-progress">
      <HelpSectionHeading section="progress" />
      <p>
        <Link to="/progress">Progress</Link> draws its figures from complete reflections only, over the range
        you choose. Each one has a sentence saying what it shows and a “Show data” table with the numbers.
      </p>
      <dl className="help-terms">
        {progressFigureGuide.map((figure) => (
          <div key={figure.title}>
            <dt>{figure.title}</dt>
            <dd>{figure.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Help: short answers about the principles, the guided flow, Progress, your data and the keyboard. */
export function HelpPage() {
  usePageTitle('Help');
  const { kind } = usePlatform();
  return (
    <section className="page help-page">
      <PageHeading>Help</PageHeading>
      <p className="page-intro">
        Short answers, for when you want them. Press <kbd>?</kbd> on any page to see the keyboard shortcuts.
      </p>
      <HelpContents />
      <PrinciplesSection />
      <HelpFlowSection />
      <ProgressSection />
      <HelpDataSections isDesktop={kind === 'electron'} />
      <section className="help-section" aria-labelledby="help-shortcuts">
        <HelpSectionHeading section="shortcuts" />
        <ShortcutList headingLevel="h3" />
      </section>
    </section>
  );
}
