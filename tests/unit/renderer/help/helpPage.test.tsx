import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInPrinciples, createCustomPrinciple } from '../../../../shared/domain/principles';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { HelpPage } from '../../../../renderer/features/help/HelpPage';
import { PrincipleMeaning } from '../../../../renderer/features/help/PrincipleMeaning';
import { builtInPrincipleGuide } from '../../../../renderer/features/help/principleGuide';
import { progressFigureGuide } from '../../../../renderer/features/help/progressFigureGuide';
import { ProgressPage } from '../../../../renderer/features/progress/ProgressPage';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { AppProviders } from '../AppProviders';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;
beforeEach(async () => {
  test = await openTestJournal();
});
afterEach(async () => {
  await test.close();
});

function renderAt(path: string, element: React.ReactNode) {
  return render(
    <AppProviders journal={test.journal} platform={createBrowserPlatform('0.0.0-test')}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={path} element={element} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('Help page', () => {
  it('has a section for the principles, the flow, Progress, data, backups and shortcuts', async () => {
    renderAt('/help', <HelpPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Help' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections).toEqual([
      'The principles',
      'How the guided flow works',
      'What the Progress figures mean',
      'Where your data lives',
      'Backups',
      'Keyboard shortcuts',
    ]);
  });

  it('explains each built-in principle by its name, with its prompts', async () => {
    renderAt('/help', <HelpPage />);
    for (const principle of builtInPrinciples) {
      const article = await screen.findByRole('article', { name: principle.title });
      expect(within(article).getByText(builtInPrincipleGuide[principle.id].idea)).toBeInTheDocument();
      for (const prompt of principle.prompts) expect(within(article).getByText(prompt)).toBeInTheDocument();
    }
  });

  it('shows a custom principle with its own description, and not a hidden one', async () => {
    const custom = createCustomPrinciple({
      now: new Date('2026-03-01T10:00:00Z'),
      title: 'Listen first',
      description: 'Hear them out before answering.',
    });
    await test.journal.principleSettings.appendImported([
      custom,
      { kind: 'override', principleId: 'build-partnerships', isHidden: true },
    ]);
    renderAt('/help', <HelpPage />);
    const article = await screen.findByRole('article', { name: 'Listen first' });
    expect(within(article).getByText('Hear them out before answering.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Build partnerships' })).toBeNull();
  });
});

describe('What does this mean?', () => {
  it('opens on the built-in principle idea and an example', async () => {
    render(<PrincipleMeaning principle={builtInPrinciples[1]} />);
    const guide = builtInPrincipleGuide['sphere-of-influence'];
    expect(screen.getByText(guide.idea)).not.toBeVisible();
    await userEvent.click(screen.getByText('What does this mean?'));
    expect(screen.getByText(guide.idea)).toBeVisible();
    expect(screen.getByText(guide.example ?? '')).toBeVisible();
  });

  it("adds nothing for a custom principle: the step's introduction already shows its own description", () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { container, rerender } = render(
      <PrincipleMeaning
        principle={createCustomPrinciple({ now, title: 'Mine', description: 'My words.' })}
      />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<PrincipleMeaning principle={createCustomPrinciple({ now, title: 'Bare' })} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('Help and Progress', () => {
  it('explains exactly the figures Progress draws, in its order', async () => {
    const noon = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 11) + '12:00:00Z';
    const dana = await test.journal.people.add('Dana Fox', { relationship: 'peer' });
    const reflection: Reflection = reflectionAt(noon, { personIds: [dana.id], outcome: 'achieved' });
    await test.journal.reflections.bulkImport([reflection]);
    renderAt('/progress', <ProgressPage />);
    await screen.findAllByRole('figure');
    // A figure is named by its level-2 title (aria-labelledby).
    const drawn = screen
      .getAllByRole('figure')
      .map((figure) => within(figure).getByRole('heading', { level: 2 }).textContent);
    expect(drawn).toEqual(progressFigureGuide.map((figure) => figure.title));
  });
});
