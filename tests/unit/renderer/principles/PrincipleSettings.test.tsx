import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { PRINCIPLE_SETTINGS_KEY } from '../../../../renderer/db/repositories/principleSettingsRepository';
import {
  openTestJournal,
  reflectionAt,
  renderJournalApp,
  type TestJournal,
} from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

const WAIT = { timeout: 5_000 };
const principleList = () => screen.findByRole('list', { name: 'Your principles' }, WAIT);
const addForm = () => screen.getByRole('form', { name: 'Add a principle' });

async function principleItem(title: string): Promise<HTMLElement> {
  return within(await principleList()).findByRole('listitem', { name: title }, WAIT);
}

async function openSettings(journal: Journal = test.journal) {
  renderJournalApp(journal, '/settings');
  await principleList();
}

describe('Principles settings', () => {
  it('lists the four built-ins, each with what can be done to it', async () => {
    await openSettings();
    const items = within(await principleList()).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Empowered adults',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Build partnerships',
    ]);
    const first = await principleItem('Empowered adults');
    expect(within(first).getByText('Built in')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Edit Empowered adults' })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Hide Empowered adults' })).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /Restore original/ })).not.toBeInTheDocument();
  });

  it('adds a principle of your own, says so, and empties the form for the next one', async () => {
    await openSettings();
    const user = userEvent.setup();
    const form = addForm();
    await user.type(within(form).getByLabelText('Principle name'), 'Shared data first');
    await user.type(within(form).getByLabelText('Description'), 'Lead with the numbers we both trust.');
    await user.click(within(form).getByRole('button', { name: 'Add principle' }));

    const added = await principleItem('Shared data first');
    expect(within(added).getByText('Your own')).toBeInTheDocument();
    expect(within(added).getByText('Lead with the numbers we both trust.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added "Shared data first".');
    expect(within(form).getByLabelText('Principle name')).toHaveValue('');
    expect(within(form).getByLabelText('Description')).toHaveValue('');
    const [stored] = (await test.journal.principleSettings.read()).settings;
    expect(stored).toMatchObject({ kind: 'custom', title: 'Shared data first' });
  });

  it('keeps a description pasted over the limit whole and refuses it beside the field, focused', async () => {
    await openSettings();
    const user = userEvent.setup();
    const form = addForm();
    await user.type(within(form).getByLabelText('Principle name'), 'Shared data first');
    const description = within(form).getByLabelText('Description');
    const long = 'y'.repeat(503);
    await user.click(description);
    await user.paste(long);
    expect(description).toHaveValue(long);
    expect(within(form).getByText('3 characters over the limit of 500')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add principle' }));

    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(description).toHaveFocus();
    expect(description).toHaveValue(long);
    expect((await test.journal.principleSettings.read()).settings).toEqual([]);
  });

  it('shows the schema message beside the name, focuses the field and keeps the description', async () => {
    await openSettings();
    const user = userEvent.setup();
    const form = addForm();
    await user.type(within(form).getByLabelText('Description'), 'Half-written');
    await user.click(within(form).getByRole('button', { name: 'Add principle' }));

    const name = within(form).getByLabelText('Principle name');
    await waitFor(() => expect(name).toHaveAccessibleDescription('Principle name cannot be empty'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(within(form).getByLabelText('Description')).toHaveValue('Half-written');

    await user.type(name, 'build partnerships');
    await user.click(within(form).getByRole('button', { name: 'Add principle' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription('You already have a principle called "Build partnerships".'),
    );
    expect(await test.db.meta.get(PRINCIPLE_SETTINGS_KEY)).toBeUndefined();
  });

  it('keeps what was typed and says why when the write fails', async () => {
    const failing: Journal = {
      ...test.journal,
      principleSettings: {
        ...test.journal.principleSettings,
        add: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      },
    };
    await openSettings(failing);
    const user = userEvent.setup();
    const form = addForm();
    await user.type(within(form).getByLabelText('Principle name'), 'Shared data first');
    await user.click(within(form).getByRole('button', { name: 'Add principle' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(/Storage is full/);
    expect(within(form).getByLabelText('Principle name')).toHaveValue('Shared data first');
  });

  it('renames a built-in, shows where the name came from, and restores it', async () => {
    await openSettings();
    const user = userEvent.setup();
    await user.click(
      within(await principleItem('Build partnerships')).getByRole('button', { name: /^Edit/ }),
    );

    const editForm = screen.getByRole('form', { name: 'Edit Build partnerships' });
    const name = within(editForm).getByLabelText('Principle name');
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Partnerships first');
    await user.click(within(editForm).getByRole('button', { name: 'Save changes' }));

    const renamed = await principleItem('Partnerships first');
    expect(within(renamed).getByText('Originally “Build partnerships”')).toBeInTheDocument();
    expect(within(renamed).getByRole('button', { name: 'Edit Partnerships first' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Saved "Partnerships first".');

    await user.click(
      within(renamed).getByRole('button', { name: 'Restore original name of Partnerships first' }),
    );
    const restored = await principleItem('Build partnerships');
    expect(within(restored).getByRole('button', { name: 'Edit Build partnerships' })).toHaveFocus();
    expect((await test.journal.principleSettings.read()).settings).toEqual([]);
  });

  it('leaves a principle as it was when editing is cancelled with Escape', async () => {
    await openSettings();
    const user = userEvent.setup();
    await user.click(
      within(await principleItem('Sphere of influence')).getByRole('button', { name: /^Edit/ }),
    );
    await user.keyboard('{Control>}a{/Control}Something else{Escape}');

    expect(screen.queryByRole('form', { name: /^Edit/ })).not.toBeInTheDocument();
    const item = await principleItem('Sphere of influence');
    await waitFor(() => expect(within(item).getByRole('button', { name: /^Edit/ })).toHaveFocus());
  });

  it('hides and shows a principle with the same button, which keeps focus', async () => {
    await openSettings();
    const user = userEvent.setup();
    const item = await principleItem('Empowered adults');
    await user.click(within(item).getByRole('button', { name: 'Hide Empowered adults' }));

    const show = await within(item).findByRole('button', { name: 'Show Empowered adults' }, WAIT);
    expect(show).toHaveFocus();
    expect(within(item).getByText('Hidden')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/past reflections still show it/);

    await user.click(show);
    expect(await within(item).findByRole('button', { name: 'Hide Empowered adults' }, WAIT)).toHaveFocus();
    expect(within(item).queryByText('Hidden')).not.toBeInTheDocument();
  });

  it('falls back to the built-ins and says so when the stored settings are unreadable', async () => {
    await test.db.meta.put({ key: PRINCIPLE_SETTINGS_KEY, value: [{ kind: 'mystery' }] });
    await openSettings();
    expect(within(await principleList()).getAllByRole('listitem')).toHaveLength(4);
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(
      /principle settings could not be read/,
    );
  });
});

describe('Principle names elsewhere', () => {
  const usedPartnerships = () =>
    reflectionAt('2026-03-05T12:00:00Z', {
      asked: 'Budget numbers',
      principles: { 'build-partnerships': { applied: true, rating: 4, notes: '', checks: {} } },
    });

  it('shows a new name on the journal rows as soon as it is saved', async () => {
    await test.journal.reflections.bulkImport([usedPartnerships()]);
    renderJournalApp(test.journal, '/journal');
    const row = (await screen.findByText('Budget numbers', {}, WAIT)).closest('a');
    if (row === null) throw new Error('The row is not a link');
    expect(row).toHaveTextContent('Build partnerships');

    await test.journal.principleSettings.update('build-partnerships', { title: 'Partnerships first' });
    await waitFor(() => expect(row).toHaveTextContent('Partnerships first'), WAIT);
  });

  it('still names a hidden principle on the reflections that used it', async () => {
    const reflection = usedPartnerships();
    await test.journal.reflections.bulkImport([reflection]);
    await test.journal.principleSettings.update('build-partnerships', { title: 'Partnerships first' });
    await test.journal.principleSettings.update('build-partnerships', { isHidden: true });
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);
    const card = await screen.findByRole('heading', { level: 3, name: 'Partnerships first' }, WAIT);
    expect(card.closest('li')).toHaveTextContent('Applied · rated 4 of 5');
    expect(screen.queryByText('Removed principle')).not.toBeInTheDocument();
  });
});
