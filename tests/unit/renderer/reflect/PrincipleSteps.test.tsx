import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { openTestJournal, renderReflectRoutes } from './reflectTestHarness';

let db: JournalDatabase;
let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ db, journal, close } = await openTestJournal());
});

afterEach(() => close());

const WAIT = { timeout: 5_000 };
const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name }, WAIT);
const stepTitles = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Reflection steps' }, WAIT);
  return within(nav)
    .getAllByRole('button')
    .map((button) => button.querySelector('.reflect-step-title')?.textContent?.trim());
};

/** A custom "Shared data first", "Empowered adults" hidden and "Build partnerships" renamed. */
async function customize() {
  const custom = await journal.principleSettings.add({
    title: 'Shared data first',
    description: 'Lead with the numbers we both trust.',
  });
  await journal.principleSettings.update('empowered-adults', { isHidden: true });
  await journal.principleSettings.update('build-partnerships', { title: 'Partnerships first' });
  return custom;
}

function olderReflection(patch: Partial<Reflection>): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-02T09:00:00Z'), timeZone: 'Europe/Berlin' }),
    asked: 'An older request',
    ...patch,
  };
}

describe('the guided flow with the person’s own principles', () => {
  it('has a step per visible principle, in their names, with the generic questions for a custom one', async () => {
    const custom = await customize();
    renderReflectRoutes(journal, '/new');
    await stepHeading('The conversation');
    expect(await stepTitles()).toEqual([
      'The conversation',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Partnerships first',
      'Shared data first',
      'Outcome and next step',
      'Review and save',
    ]);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Shared data first$/ }));
    await stepHeading('Shared data first');
    expect(screen.getByText('Lead with the numbers we both trust.')).toBeInTheDocument();
    const rating = screen.getByRole('radiogroup', { name: 'How well did you apply this?' });
    expect(within(rating).getByRole('radio', { name: 'Not this time' })).toBeInTheDocument();
    expect(screen.getByLabelText('Anything else about this principle?')).toBeInTheDocument();
    // Check questions belong to the built-ins only.
    expect(screen.queryAllByRole('textbox')).toHaveLength(1);

    await user.click(within(rating).getByRole('radio', { name: '4' }));
    await waitFor(async () => {
      const [stored] = await db.reflections.toArray();
      expect(stored?.principles[custom.id]).toMatchObject({ applied: true, rating: 4 });
    }, WAIT);

    await user.click(screen.getByRole('button', { name: /Review and save$/ }));
    await stepHeading('Review and save');
    expect(screen.getByText(/: Applied: yes, rated 4 of 5/).closest('li')).toHaveTextContent(
      'Shared data first',
    );
    // It walks every step of the flow: on two busy cores that takes longer than the default 5 s.
  }, 15_000);

  it('renames a step while the flow is open, without moving off it', async () => {
    await customize();
    renderReflectRoutes(journal, '/new?step=4');
    await stepHeading('Partnerships first');
    await journal.principleSettings.update('build-partnerships', { title: 'Allies' });
    expect(await stepHeading('Allies')).toBeInTheDocument();
  });

  it('keeps the step of a hidden principle on a reflection that already has answers for it', async () => {
    await customize();
    const older = olderReflection({
      principles: { 'empowered-adults': { applied: true, rating: 2, notes: 'Owned it', checks: {} } },
    });
    await journal.reflections.saveDraft(older);
    renderReflectRoutes(journal, `/reflections/${older.id}/edit`);
    await stepHeading('The conversation');
    expect((await stepTitles())[1]).toBe('Empowered adults');
  });

  it('offers visible principles in the quick note, and still the hidden one it was tagged with', async () => {
    const custom = await customize();
    renderReflectRoutes(journal, '/new?mode=quick');
    const select = await screen.findByLabelText('Principle it touched', {}, WAIT);
    const options = () =>
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(options()).toEqual([
      'None in particular',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Partnerships first',
      'Shared data first',
    ]);

    await userEvent.selectOptions(select, 'Shared data first');
    await journal.principleSettings.update(custom.id, { isHidden: true });
    await journal.principleSettings.update('sphere-of-influence', { isHidden: true });
    await waitFor(() => expect(options()).not.toContain('Sphere of influence'), WAIT);
    expect(options()).toContain('Shared data first');
    expect(select).toHaveValue(custom.id);
  });
});
