import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import {
  openTestJournal,
  reflectionAt,
  renderJournalApp,
  type TestJournal,
} from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal(new Date('2026-03-10T12:00:00Z'));
});

afterEach(async () => {
  await test.close();
});

function withTrust(trust: number): Pick<Reflection, 'principles'> {
  return {
    principles: { 'build-partnerships': { applied: true, rating: null, notes: '', checks: { trust } } },
  };
}

async function seedPeople() {
  const { people, reflections } = test.journal;
  const dana = await people.add('Dana Fox', { role: 'Finance lead', team: 'Finance' });
  const lee = await people.add('Lee Park');
  await people.add('Sam Quiet');
  await reflections.bulkImport([
    reflectionAt('2026-03-01T12:00:00Z', { personIds: [dana.id], outcome: 'not-yet', ...withTrust(2) }),
    reflectionAt('2026-03-03T12:00:00Z', {
      personIds: [dana.id, lee.id],
      outcome: 'partly-achieved',
      ...withTrust(3),
    }),
    reflectionAt('2026-03-05T12:00:00Z', {
      personIds: [dana.id],
      outcome: 'achieved',
      asked: 'Latest with Dana',
      ...withTrust(4),
    }),
  ]);
  return { dana, lee };
}

describe('People page', () => {
  it('lists everyone with their count, last outcome and trust trend', async () => {
    await seedPeople();
    renderJournalApp(test.journal, '/people');
    const list = await screen.findByRole('list', { name: 'People' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Dana Fox',
      'Lee Park',
      'Sam Quiet',
    ]);
    const [dana, lee, sam] = items;
    await waitFor(() => expect(dana).toHaveTextContent('3 reflections'));
    expect(dana).toHaveTextContent('Finance lead · Finance');
    expect(dana).toHaveTextContent('Last outcome: Achieved');
    expect(dana).toHaveTextContent('Trust 2 → 4, rising');
    expect(
      within(dana ?? document.body).getByRole('img', { name: 'Trust ratings over time: 2, 3, 4' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(lee).toHaveTextContent('1 reflection'));
    expect(lee).toHaveTextContent('Trust 3 (one rating)');
    await waitFor(() => expect(sam).toHaveTextContent('No reflections yet'));
  });

  it('adds a person without a reflection', async () => {
    renderJournalApp(test.journal, '/people');
    expect(await screen.findByText(/No people yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByText('Enter a name')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a person' }), 'Robin Vale');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const list = await screen.findByRole('list', { name: 'People' });
    expect(within(list).getByRole('link', { name: 'Robin Vale' })).toBeInTheDocument();
  });
});

describe('Person page', () => {
  it('shows the details, the reflections newest first and the trust trend', async () => {
    const { dana } = await seedPeople();
    renderJournalApp(test.journal, `/people/${dana.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Fox' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('Finance lead');
    const list = await screen.findByRole('list', { name: 'Reflections about Dana Fox' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Latest with Dana');
    expect(screen.getByText('Trust 2 → 4, rising')).toBeInTheDocument();
  });

  it('renames a person everywhere, because reflections link by id', async () => {
    const { dana } = await seedPeople();
    renderJournalApp(test.journal, `/people/${dana.id}`);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Name cannot be empty')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(name, 'Dana Fox-Miller');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Relationship' }), 'Peer');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Fox-Miller' })).toBeInTheDocument();
    expect(await test.journal.people.get(dana.id)).toMatchObject({
      name: 'Dana Fox-Miller',
      relationship: 'peer',
    });
    const list = screen.getByRole('list', { name: 'Reflections about Dana Fox-Miller' });
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Dana Fox-Miller'),
    );
  });

  it('keeps a note pasted over the limit whole, says how far over it is, and saves nothing until it fits', async () => {
    const { dana } = await seedPeople();
    renderJournalApp(test.journal, `/people/${dana.id}`);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    const long = 'x'.repeat(20_005);
    await userEvent.click(notes);
    await userEvent.paste(long);
    expect(notes).toHaveValue(long);
    expect(screen.getByText('5 characters over the limit of 20,000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not saved: fix the fields marked above.')).toBeInTheDocument();
    expect(notes).toHaveAccessibleDescription(/Notes about this person is too long/);
    expect((await test.journal.people.get(dana.id))?.notes).toBe('');

    await userEvent.type(notes, '{Backspace>5/}');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect((await test.journal.people.get(dana.id))?.notes).toHaveLength(20_000);
  });

  it('lists the plans with a person not reflected on yet: waiting, coming up and unfinished', async () => {
    const { dana, lee } = await seedPeople();
    const draft = (goal: string) => ({
      ...createDraftPreparation({ now: new Date('2026-03-09T12:00:00Z'), timeZone: 'Europe/London' }),
      personIds: [dana.id],
      goal,
    });
    const waiting = await test.journal.preparations.markReady({
      ...draft('Budget sign-off'),
      personIds: [dana.id, lee.id],
      plannedAt: '2026-03-09T15:00',
    });
    const comingUp = await test.journal.preparations.markReady({
      ...draft('The next quarter'),
      plannedAt: '2099-01-05T10:00',
    });
    const unfinished = await test.journal.preparations.saveDraft(draft('Half a plan'));
    const done = await test.journal.preparations.markReady({
      ...draft('Already reflected on'),
      plannedAt: '2026-03-08T10:00',
    });
    await test.journal.preparations.linkReflection(
      done.id,
      (await test.journal.reflections.rowsForPerson(dana.id))[0]?.id ?? '',
    );
    renderJournalApp(test.journal, `/people/${dana.id}`);

    const plans = await screen.findByRole('region', { name: 'Plans with Dana Fox' });
    const items = within(plans).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('The next quarter'),
      expect.stringContaining('Budget sign-off'),
      expect.stringContaining('Half a plan'),
    ]);
    expect(plans).not.toHaveTextContent('Already reflected on');
    const [next, due, half] = items as [HTMLElement, HTMLElement, HTMLElement];
    // Every row here is with Dana: each is named by its time, not "With Dana Fox" again.
    expect(plans).not.toHaveTextContent('With Dana Fox');
    expect(await within(next).findByRole('link', { name: /2099/ })).toHaveAttribute(
      'href',
      `/preparations/${comingUp.id}`,
    );
    await waitFor(() => expect(due).toHaveTextContent('Also with Lee Park · Budget sign-off'));
    expect(within(half).getByRole('link', { name: 'No time set' })).toHaveAttribute(
      'href',
      `/preparations/${unfinished.id}`,
    );
    expect(within(next).queryByRole('link', { name: /Reflect now|Continue/ })).not.toBeInTheDocument();
    expect(
      within(due).getByRole('link', { name: 'Reflect now on the conversation with Dana Fox, Lee Park' }),
    ).toHaveAttribute('href', `/new?preparation=${waiting.id}`);
    expect(
      within(half).getByRole('link', { name: 'Continue the plan for the conversation with Dana Fox' }),
    ).toHaveAttribute('href', `/preparations/${unfinished.id}/edit`);
  });

  it('shows no plans section for someone with none', async () => {
    const { lee } = await seedPeople();
    renderJournalApp(test.journal, `/people/${lee.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lee Park' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Merge or delete' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Plans with Lee Park' })).not.toBeInTheDocument();
  });

  it('says so when there is no such person', async () => {
    renderJournalApp(test.journal, '/people/019ce0a2-5d40-7000-8000-00000000dead');
    expect(await screen.findByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
  });
});
