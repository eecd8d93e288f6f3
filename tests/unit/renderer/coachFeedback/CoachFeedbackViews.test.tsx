import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFeedbackFile, parseFeedbackFile } from '../../../../shared/coach/feedbackFile';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createCoachFeedbackRepository } from '../../../../renderer/db/repositories/coachFeedbackRepository';
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

const file = parseFeedbackFile(
  buildFeedbackFile(
    feedbackInput({
      comments: [
        comment(1, { text: 'About the whole conversation.' }),
        comment(2, { principleId: 'sphere-of-influence', text: 'About your sphere.' }),
        comment(3, { reflectionId: reflectionId(9), text: 'About a reflection you do not have.' }),
      ],
    }),
  ),
);

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('coach-feedback-views'));
  await db.meta.put({ key: JOURNAL_ID_KEY, value: FEEDBACK_JOURNAL_ID });
  await db.reflections.put(
    createDraftReflection({
      now: new Date('2026-03-10T10:00:00Z'),
      timeZone: 'Europe/Paris',
      id: reflectionId(1),
    }),
  );
});

afterEach(async () => {
  await deleteFreshJournal(db);
});

describe('FeedbackImportPreview', () => {
  it('says what would be attached, lists comments whose reflection is not found, and attaches on confirm', async () => {
    const onAttached = vi.fn();
    render(
      <AppProviders journal={journal}>
        <FeedbackImportPreview
          fileName="feedback.json"
          feedback={file}
          onAttached={onAttached}
          onFailed={() => undefined}
          onCancel={() => undefined}
        />
      </AppProviders>,
    );
    expect(await screen.findByText('2 comments on 1 reflection; 1 for reflections not found')).toBeTruthy();
    expect(screen.getByText(/About a reflection you do not have/)).toBeTruthy();
    expect(await db.coachFeedback.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Attach feedback' }));
    await waitFor(() => {
      expect(onAttached).toHaveBeenCalledWith(
        'Coach feedback attached: 2 new, 0 updated. 1 for reflections not found were not added.',
      );
    });
    expect(await db.coachFeedback.count()).toBe(2);
  });

  it('hands back the refusal for another journal’s file and offers nothing to attach', async () => {
    const onFailed = vi.fn();
    const other = parseFeedbackFile(buildFeedbackFile(feedbackInput({ journalId: OTHER_JOURNAL_ID })));
    render(
      <AppProviders journal={journal}>
        <FeedbackImportPreview
          fileName="feedback.json"
          feedback={other}
          onAttached={() => undefined}
          onFailed={onFailed}
          onCancel={() => undefined}
        />
      </AppProviders>,
    );
    await waitFor(() => {
      expect(onFailed).toHaveBeenCalledWith(
        expect.stringMatching(/^This feedback file was written for another journal/),
      );
    });
    expect(screen.queryByRole('button', { name: 'Attach feedback' })).toBeNull();
    expect(await db.coachFeedback.count()).toBe(0);
  });
});

describe('CoachFeedbackSection', () => {
  it('lists each comment with what it is about, and "Mark as read" marks them read', async () => {
    await createCoachFeedbackRepository(db).attach(file);
    render(
      <AppProviders journal={journal}>
        <CoachFeedbackSection reflectionId={reflectionId(1)} />
      </AppProviders>,
    );
    const section = await screen.findByRole('region', { name: 'Coach feedback' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^On the whole reflection · 19 Mar 2026New.*About the whole conversation\.$/),
      expect.stringMatching(/^On Sphere of influence · 19 Mar 2026New.*About your sphere\.$/),
    ]);
    await userEvent.click(within(section).getByRole('button', { name: 'Mark as read' }));
    expect(await within(section).findByText('All read.')).toBeTruthy();
    expect((await db.coachFeedback.toArray()).map(({ unread }) => unread)).toEqual([0, 0]);
  });
});
