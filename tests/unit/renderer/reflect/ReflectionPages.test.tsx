import { fireEvent, screen, waitFor } from '@testing-library/react';
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

const location = () => screen.getByTestId('location').textContent ?? '';
const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name });
const saved = () =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved$/), { timeout: 3000 });

function draft(patch: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/Berlin' }),
    ...patch,
  };
}

describe('New reflection', () => {
  it('writes nothing for a reflection opened and left untouched', async () => {
    const view = renderReflectRoutes(journal, '/new');
    expect(await stepHeading('The conversation')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Quick note' }));
    view.unmount();
    expect(await db.reflections.count()).toBe(0);
  });

  it('autosaves a draft as it is typed and keeps its id and step in the address', async () => {
    renderReflectRoutes(journal, '/new');
    await userEvent.type(
      await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 }),
      'Two more days',
    );
    await saved();
    const [stored] = await db.reflections.toArray();
    expect(stored).toMatchObject({ asked: 'Two more days', status: 'draft', mode: 'guided' });
    expect(location()).toBe(`/new?draft=${stored?.id}`);

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await stepHeading('Empowered adults');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Empowered adults' })).toHaveFocus(),
    );
    expect(location()).toBe(`/new?draft=${stored?.id}&step=2`);
    expect(screen.getByText('Step 2 of 7')).toBeInTheDocument();
  });

  it('reopens a stored draft at the step in the address', async () => {
    const stored = draft({
      asked: 'A slot in the release',
      principles: {
        'sphere-of-influence': {
          applied: null,
          rating: 3,
          notes: '',
          checks: { 'shared-goal': 'Lower churn' },
        },
      },
    });
    await journal.reflections.saveDraft(stored);
    renderReflectRoutes(journal, `/new?draft=${stored.id}&step=3`);
    expect(await stepHeading('Sphere of influence')).toBeInTheDocument();
    expect(screen.getByLabelText('What goal do we share?')).toHaveValue('Lower churn');
    expect(screen.getByRole('radio', { name: '3' })).toBeChecked();
  });

  it('writes the dates on the review step as the journal does, whatever the language', async () => {
    const base = draft();
    const stored = draft({
      occurredAt: '2026-03-02T09:05',
      nextStep: { ...base.nextStep, text: 'Send the numbers', followUpAt: '2026-03-09T16:00' },
    });
    await journal.reflections.saveDraft(stored);
    renderReflectRoutes(journal, `/new?draft=${stored.id}&step=7`);
    await stepHeading('Review and save');
    const facts = screen.getAllByRole('definition');
    expect(facts.map((fact) => fact.textContent)).toContain('Mon 2 Mar 2026, 09:05');
    expect(screen.getByText(/Mon 9 Mar 2026, 16:00/)).toBeInTheDocument();
  });

  it('shows each refused field beside it and in a summary at the top, losing nothing', async () => {
    renderReflectRoutes(journal, '/new');
    await userEvent.type(
      await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 }),
      'Budget sign-off',
    );
    await userEvent.click(screen.getByRole('button', { name: /Review and save/ }));
    await stepHeading('Review and save');
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    const summary = await screen.findByRole('region', { name: /things are needed before this can be saved/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Add at least one person' }));
    const who = await screen.findByRole('combobox', { name: 'Who was it with?' });
    await waitFor(() => expect(who).toHaveFocus());
    expect(who).toHaveAccessibleDescription(expect.stringContaining('Add at least one person'));
    expect(who).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('What did you ask for?')).toHaveValue('Budget sign-off');
    await saved();
    expect((await db.reflections.toArray())[0]).toMatchObject({ asked: 'Budget sign-off', status: 'draft' });
  });

  it('will not save and move on while a tag too long to add is still in the tag box', async () => {
    const person = await journal.people.add('Dana Fox', { relationship: 'peer' });
    renderReflectRoutes(journal, '/new');
    await userEvent.type(await screen.findByRole('combobox', { name: 'Who was it with?' }), 'dana');
    await userEvent.click(await screen.findByRole('option', { name: 'Dana Fox' }));
    await userEvent.type(screen.getByLabelText('What did you ask for?'), 'Access to the staging data');
    await userEvent.click(screen.getByRole('button', { name: /Outcome and next step/ }));
    const longTag = 'a tag that is far too long to be one tag in this journal, really';
    await userEvent.click(await screen.findByRole('textbox', { name: 'Tags' }));
    await userEvent.paste(longTag);
    await userEvent.click(screen.getByRole('button', { name: /Review and save/ }));
    await stepHeading('Review and save');
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    const summary = await screen.findByRole('region', { name: /before this can be saved/ });
    expect(summary).toHaveTextContent('Shorten the tag still in the box');
    await userEvent.click(screen.getByRole('button', { name: /Shorten the tag still in the box/ }));
    // The words are where they were typed, whole, and nothing was completed.
    expect(await screen.findByRole('textbox', { name: 'Tags' })).toHaveValue(longTag);
    expect(location()).toMatch(/^\/new/);
    expect((await db.reflections.toArray())[0]).toMatchObject({ status: 'draft', personIds: [person.id] });
  }, 15_000);

  it('completes the reflection with Save reflection and opens its entry', async () => {
    const person = await journal.people.add('Dana Fox', { relationship: 'peer' });
    renderReflectRoutes(journal, '/new');
    await userEvent.type(await screen.findByRole('combobox', { name: 'Who was it with?' }), 'dana');
    await userEvent.click(await screen.findByRole('option', { name: 'Dana Fox' }));
    expect(screen.getByLabelText('Relationship')).toHaveValue('peer');
    await userEvent.type(screen.getByLabelText('What did you ask for?'), 'Access to the staging data');
    await userEvent.click(screen.getByRole('button', { name: /Review and save/ }));
    expect(await screen.findByText('Dana Fox')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    // The reminder engine loads on first use: on a busy machine that alone can take a second.
    expect(
      await screen.findByText('Entry page: Reflection saved.', undefined, { timeout: 5_000 }),
    ).toBeInTheDocument();
    const [stored] = await db.reflections.toArray();
    expect(location()).toBe(`/reflections/${stored?.id}`);
    expect(stored).toMatchObject({ status: 'complete', personIds: [person.id], relationship: 'peer' });
    // Typing a whole reflection and loading the reminder engine take a while on two busy cores.
  }, 15_000);

  it('opens a finished reflection from an old New reflection address in Edit reflection', async () => {
    const person = await journal.people.add('Eli Moss');
    const complete = await journal.reflections.complete(
      draft({ personIds: [person.id], asked: 'A review slot' }),
    );
    renderReflectRoutes(journal, `/new?draft=${complete.id}&step=2`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit reflection' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await stepHeading('Empowered adults')).toBeInTheDocument();
    expect(location()).toBe(`/reflections/${complete.id}/edit?step=2`);
  });

  it('reports a failed autosave and keeps the text on screen', async () => {
    const failing: Journal = {
      ...journal,
      reflections: {
        ...journal.reflections,
        saveDraft: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      },
    };
    renderReflectRoutes(failing, '/new');
    const asked = await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 });
    await userEvent.type(asked, 'Keep me');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Storage is full/);
    expect(screen.getByRole('status')).toHaveTextContent(/Not saved yet/);
    expect(asked).toHaveValue('Keep me');
  });
});

describe('Edit reflection', () => {
  async function savedReflection() {
    const person = await journal.people.add('Eli Moss');
    return journal.reflections.complete(draft({ personIds: [person.id], asked: 'A review slot' }));
  }

  it('edits a saved reflection on a copy: nothing is written until Save changes', async () => {
    const complete = await savedReflection();
    renderReflectRoutes(journal, `/reflections/${complete.id}/edit`);
    const asked = await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Edit reflection' })).toBeInTheDocument();
    fireEvent.input(asked, { target: { value: 'A review slot on Thursday' } });
    expect(await screen.findByText('Changes not saved yet')).toBeInTheDocument();
    // Past the autosave pause, the journal still holds the saved words.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await journal.reflections.get(complete.id)).toMatchObject({ asked: 'A review slot', revision: 1 });

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(location()).toBe(`/reflections/${complete.id}`), { timeout: 5000 });
    expect(await journal.reflections.get(complete.id)).toMatchObject({
      asked: 'A review slot on Thursday',
      status: 'complete',
    });
  }, 20_000);

  it('Cancel drops the copy and leaves the saved reflection as it was', async () => {
    const complete = await savedReflection();
    renderReflectRoutes(journal, `/reflections/${complete.id}/edit`);
    fireEvent.input(await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 }), {
      target: { value: 'Changed' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(location()).toBe(`/reflections/${complete.id}`), { timeout: 5000 });
    expect(await journal.reflections.get(complete.id)).toMatchObject({ asked: 'A review slot', revision: 1 });
    expect(Object.keys(localStorage).filter((key) => key.includes(complete.id))).toEqual([]);
  }, 20_000);

  it('refuses to save an emptied required field beside it, and the reflection stays complete', async () => {
    const complete = await savedReflection();
    renderReflectRoutes(journal, `/reflections/${complete.id}/edit`);
    const asked = await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 });
    fireEvent.input(asked, { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(asked).toHaveAccessibleDescription(/“What did you ask for\?” is required/), {
      timeout: 5000,
    });
    expect(location()).toBe(`/reflections/${complete.id}/edit`);
    expect(await journal.reflections.get(complete.id)).toMatchObject({
      asked: 'A review slot',
      status: 'complete',
    });
  }, 20_000);

  it('keeps the edit copy through a reload and offers it back', async () => {
    const complete = await savedReflection();
    const first = renderReflectRoutes(journal, `/reflections/${complete.id}/edit`);
    fireEvent.input(await screen.findByLabelText('What did you ask for?', {}, { timeout: 5000 }), {
      target: { value: 'A review slot, kept' },
    });
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();

    renderReflectRoutes(journal, `/reflections/${complete.id}/edit`);
    expect(
      await screen.findByText(/Your unsaved changes from last time are back/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('What did you ask for?')).toHaveValue('A review slot, kept');
    expect(await journal.reflections.get(complete.id)).toMatchObject({ asked: 'A review slot' });
  }, 20_000);

  it('opens a quick note as one form and continues it as the full flow with everything kept', async () => {
    const quick = draft({ mode: 'quick', context: 'They offered Thursday', outcome: 'partly-achieved' });
    await journal.reflections.saveDraft(quick);
    renderReflectRoutes(journal, `/reflections/${quick.id}/edit`);
    expect(await stepHeading('Quick note')).toBeInTheDocument();
    expect(screen.getByLabelText('What happened?')).toHaveValue('They offered Thursday');
    expect(screen.queryByRole('button', { name: 'Quick note' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Continue in full reflection' }));
    await stepHeading('The conversation');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'The conversation' })).toHaveFocus(),
    );
    expect(screen.getByLabelText('What happened?')).toHaveValue('They offered Thursday');
    await saved();
    expect(await journal.reflections.get(quick.id)).toMatchObject({ mode: 'guided' });
  });

  it('says so when the reflection does not exist', async () => {
    renderReflectRoutes(journal, '/reflections/0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d/edit');
    expect(await screen.findByText(/not in your journal any more/)).toBeInTheDocument();
  });
});
