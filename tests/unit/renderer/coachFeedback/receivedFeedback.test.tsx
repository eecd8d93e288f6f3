import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFeedbackFile, parseFeedbackFile } from '../../../../shared/coach/feedbackFile';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import {
  createReceivedFeedbackRepository,
  RECEIVED_FEEDBACK_KEY,
} from '../../../../renderer/db/coach/receivedFeedbackRepository';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { JOURNAL_ID_KEY } from '../../../../renderer/db/repositories/journalDataRepository';
import { CoachFeedbackSection } from '../../../../renderer/features/coachFeedback/CoachFeedbackSection';
import { FeedbackImportPreview } from '../../../../renderer/features/coachFeedback/FeedbackImportPreview';
import { AppProviders } from '../AppProviders';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import {
  comment,
  FEEDBACK_JOURNAL_ID,
  feedbackInput,
  OTHER_JOURNAL_ID,
  reflectionId,
} from '../../shared/coach/feedbackFixtures';

let db: JournalDatabase;
let journal: Journal;

const feedback = (overrides: Parameters<typeof feedbackInput>[0] = {}) =>
  parseFeedbackFile(buildFeedbackFile(feedbackInput(overrides)));

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('received-feedback'));
  await db.meta.put({ key: JOURNAL_ID_KEY, value: FEEDBACK_JOURNAL_ID });
  for (const serial of [1, 2, 3]) {
    await db.reflections.put(
      createDraftReflection({
        now: new Date('2026-03-10T10:00:00Z'),
        timeZone: 'Europe/Paris',
        id: reflectionId(serial),
      }),
    );
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
});

function renderSection(serial: number) {
  return render(
    <AppProviders journal={journal}>
      <CoachFeedbackSection reflectionId={reflectionId(serial)} />
    </AppProviders>,
  );
}

describe('the received feedback repository', () => {
  it('keeps the "Needs discussion" list and the session notes with the comments', async () => {
    const received = createReceivedFeedbackRepository(db, () => new Date('2026-03-21T08:00:00Z'));
    await received.attach(feedback({ sessionNotes: 'Bring the budget email.' }));
    expect(await received.read()).toEqual({
      feedbackExportedAt: '2026-03-20T10:00:00.000Z',
      receivedAt: '2026-03-21T08:00:00.000Z',
      needsDiscussion: [reflectionId(2)],
      sessionNotes: 'Bring the budget email.',
    });
    expect(await db.coachFeedback.count()).toBe(2);
  });

  it('writes nothing at all for another journal', async () => {
    const received = createReceivedFeedbackRepository(db);
    await expect(received.attach(feedback({ journalId: OTHER_JOURNAL_ID }))).rejects.toThrow(
      /another journal/,
    );
    expect(await db.meta.get(RECEIVED_FEEDBACK_KEY)).toBeUndefined();
    expect(await db.coachFeedback.count()).toBe(0);
  });

  it('an older feedback file leaves the newer list and notes as they are', async () => {
    const received = createReceivedFeedbackRepository(db);
    await received.attach(feedback({ sessionNotes: 'Newer notes.' }));
    await received.attach(
      feedback({
        exportedAt: '2026-03-01T10:00:00.000Z',
        needsDiscussion: [reflectionId(3)],
        sessionNotes: 'Older notes.',
      }),
    );
    expect(await received.read()).toMatchObject({
      needsDiscussion: [reflectionId(2)],
      sessionNotes: 'Newer notes.',
    });
  });

  it('leaves the comments unwritten when keeping the rest fails', async () => {
    const received = createReceivedFeedbackRepository(db);
    vi.spyOn(db.meta, 'put').mockRejectedValue(new Error('The disk is full'));
    await expect(received.attach(feedback())).rejects.toThrow('The disk is full');
    expect(await db.coachFeedback.count()).toBe(0);
  });
});

describe('what the client sees', () => {
  it('the preview says what else the feedback carries, and attaching keeps it', async () => {
    const onAttached = vi.fn();
    render(
      <AppProviders journal={journal}>
        <FeedbackImportPreview
          fileName="feedback.json"
          feedback={feedback({ sessionNotes: 'Bring the budget email.' })}
          onAttached={onAttached}
          onFailed={() => undefined}
          onCancel={() => undefined}
        />
      </AppProviders>,
    );
    expect(await screen.findByText('Your coach marked 1 reflection "Needs discussion".')).toBeTruthy();
    expect(screen.getByText("It includes your coach's notes for your next session.")).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Attach feedback' }));
    await vi.waitFor(() => expect(onAttached).toHaveBeenCalled());
    expect((await createReceivedFeedbackRepository(db).read())?.sessionNotes).toBe('Bring the budget email.');
  });

  it('"Coach feedback" shows "Needs discussion" on a flagged reflection, with the session notes the coach sent', async () => {
    await createReceivedFeedbackRepository(db).attach(feedback({ sessionNotes: 'Bring the budget email.' }));
    renderSection(2);
    const section = await screen.findByRole('region', { name: 'Coach feedback' });
    expect(within(section).getByText('Needs discussion')).toBeTruthy();
    expect(
      within(section).getByText('Your coach would like to talk about this reflection in your next session.', {
        exact: false,
      }),
    ).toBeTruthy();
    expect(
      within(section).getByRole('heading', { name: "Your coach's notes for the next session" }),
    ).toBeTruthy();
    expect(within(section).getByText('Bring the budget email.')).toBeTruthy();
  });

  it('a flagged reflection without comments still shows "Coach feedback"', async () => {
    await createReceivedFeedbackRepository(db).attach(
      feedback({ comments: [comment(1)], needsDiscussion: [reflectionId(3)] }),
    );
    renderSection(3);
    const section = await screen.findByRole('region', { name: 'Coach feedback' });
    expect(within(section).getByText('Needs discussion')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Mark as read' })).toBeNull();
  });

  it('a reflection that is not flagged shows no flag, and no notes when the coach did not send any', async () => {
    await createReceivedFeedbackRepository(db).attach(feedback());
    renderSection(1);
    const section = await screen.findByRole('region', { name: 'Coach feedback' });
    expect(within(section).queryByText('Needs discussion')).toBeNull();
    expect(
      within(section).queryByRole('heading', { name: "Your coach's notes for the next session" }),
    ).toBeNull();
  });
});
