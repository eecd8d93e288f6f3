import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { openTestJournal, reflectionAt, renderJournalApp, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal(new Date('2026-03-10T12:00:00Z'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await test.close();
});

async function saved(overrides: Partial<Reflection> = {}): Promise<Reflection> {
  const dana = await test.journal.people.add('Dana Fox');
  const reflection = reflectionAt('2026-03-04T12:00:00Z', { personIds: [dana.id], ...overrides });
  await test.journal.reflections.bulkImport([reflection]);
  return reflection;
}

describe('Entry page', () => {
  it('shows everything in the reflection as text, including markup typed into it', async () => {
    const reflection = await saved({
      asked: '<img src=x onerror="window.__xss=1"> for the launch numbers',
      context: '<script>window.__xss=1</script>',
      relationship: 'peer',
      outcome: 'made-it-worse',
      learned: 'Ask earlier.',
      tags: ['launch'],
      isPrivate: true,
      nextStep: { text: 'Book a call', followUpAt: '2026-03-11T09:00', timeZone: 'UTC' },
      principles: {
        'negotiate-dont-manipulate': {
          applied: true,
          rating: 2,
          notes: 'I pushed too hard.',
          checks: { 'tactics-used': ['shared-data', 'false-urgency'] },
        },
        'build-partnerships': {
          applied: false,
          rating: null,
          notes: '',
          checks: { trust: 2, 'relationship-after': 'worse' },
        },
      },
    });
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);

    expect(
      await screen.findByText('<img src=x onerror="window.__xss=1"> for the launch numbers'),
    ).toBeInTheDocument();
    expect(screen.getByText('<script>window.__xss=1</script>')).toBeInTheDocument();
    expect(document.querySelector('img, main script, .page script')).toBeNull();
    expect(screen.getByText('Wed 4 Mar 2026, 12:00 (UTC)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Dana Fox' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/people\//),
    );
    expect(screen.getByText('Peer')).toBeInTheDocument();
    expect(screen.getByText('Made it worse')).toBeInTheDocument();
    expect(screen.getByText('launch')).toBeInTheDocument();
    expect(screen.getByText(/left out of anything you export for a coach/)).toBeInTheDocument();
    expect(screen.getByText('Ask earlier.')).toBeInTheDocument();
    expect(screen.getByText('Book a call')).toBeInTheDocument();
    expect(screen.getByText(/Follow up on: Wed 11 Mar 2026, 09:00/)).toBeInTheDocument();

    const principles = screen.getByRole('heading', { name: 'Principles' }).closest('section');
    if (!principles) throw new Error('no principles section');
    expect(
      within(principles).getByRole('heading', { name: "Negotiate, don't manipulate" }),
    ).toBeInTheDocument();
    expect(principles).toHaveTextContent('Applied · rated 2 of 5');
    expect(principles).toHaveTextContent('I pushed too hard.');
    expect(principles).toHaveTextContent('Which tactics did I use?');
    expect(principles).toHaveTextContent('Shared data openly, Made it sound more urgent than it was');
    expect(principles).toHaveTextContent('How much do we trust each other now?2 of 5');
    expect(principles).toHaveTextContent('Worse');

    const notes = screen.getByRole('heading', { name: 'Notes for next time' }).closest('section');
    expect(notes).toHaveTextContent('Sharing the real timeline');
    expect(notes).toHaveTextContent('Trust sounds low after this.');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/reflections/${reflection.id}/edit`,
    );
  });

  it('stars and unstars', async () => {
    const reflection = await saved();
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);
    const star = await screen.findByRole('button', { name: 'Star' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(star);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true'),
    );
    expect((await test.journal.reflections.get(reflection.id))?.starred).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Star' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'false'),
    );
  });

  it('deletes to the Trash, and Undo on the Journal restores it', async () => {
    const reflection = await saved({ asked: 'The one to delete' });
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reflection moved to the Trash.');
    expect((await test.journal.reflections.get(reflection.id))?.deletedAt).not.toBeNull();
    expect(await screen.findByRole('heading', { name: 'Your journal is empty' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Reflection restored.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Reflections' });
    expect(list).toHaveTextContent('The one to delete');
  });

  it('says so when there is no reflection at the address', async () => {
    renderJournalApp(test.journal, '/reflections/019ce0a2-5d40-7000-8000-00000000dead');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reflection not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the journal' })).toBeInTheDocument();
  });

  it('reports a failed write through the storage banner', async () => {
    const reflection = await saved();
    vi.spyOn(test.journal.reflections, 'setStarred').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Star' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Storage is full/);
  });

  it('offers Restore for a reflection that is in the Trash', async () => {
    const reflection = await saved();
    await test.journal.reflections.moveToTrash(reflection.id);
    renderJournalApp(test.journal, `/reflections/${reflection.id}`);
    expect(
      await screen.findByText(/in the Trash. It will be removed for good on 9 Apr 2026/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });
});
