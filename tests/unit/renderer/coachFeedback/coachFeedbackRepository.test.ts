import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  parseFeedbackFile,
  buildFeedbackFile,
  type FeedbackFile,
} from '../../../../shared/coach/feedbackFile';
import { ANOTHER_JOURNAL_MESSAGE, describeFeedbackPlan } from '../../../../shared/coach/planFeedback';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createCoachFeedbackRepository,
  FeedbackForAnotherJournalError,
  type CoachFeedbackRepository,
} from '../../../../renderer/db/repositories/coachFeedbackRepository';
import { JOURNAL_ID_KEY } from '../../../../renderer/db/repositories/journalDataRepository';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import {
  comment,
  FEEDBACK_JOURNAL_ID,
  feedbackInput,
  OTHER_JOURNAL_ID,
  reflectionId,
} from '../../shared/coach/feedbackFixtures';

let clock = new Date('2026-03-21T09:00:00.000Z');
let db: JournalDatabase;
let repository: CoachFeedbackRepository;

function feedback(overrides: Parameters<typeof feedbackInput>[0] = {}): FeedbackFile {
  return parseFeedbackFile(buildFeedbackFile(feedbackInput(overrides)));
}

/** Everything the journal holds, table by table, to show that a refused file changed nothing. */
async function everything(): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]));
  return Object.fromEntries(tables) as Record<string, unknown[]>;
}

beforeEach(async () => {
  clock = new Date('2026-03-21T09:00:00.000Z');
  ({ db } = await openFreshJournal('coach-feedback', () => clock));
  repository = createCoachFeedbackRepository(db, () => clock);
  await db.meta.put({ key: JOURNAL_ID_KEY, value: FEEDBACK_JOURNAL_ID });
  // Reflections 1 and 2 are in the journal; 3 is not.
  await db.reflections.bulkPut(
    [1, 2].map((serial) =>
      createDraftReflection({
        now: new Date('2026-03-10T10:00:00Z'),
        timeZone: 'Europe/Paris',
        id: reflectionId(serial),
      }),
    ),
  );
});

afterEach(async () => {
  await deleteFreshJournal(db);
});

describe('coach feedback repository', () => {
  it('stores comments on reflections it has and lists those whose reflection is not found', async () => {
    const file = feedback({
      comments: [
        comment(1),
        comment(2, { reflectionId: reflectionId(2), principleId: 'sphere-of-influence' }),
        comment(3, { reflectionId: reflectionId(2) }),
        comment(4, { reflectionId: reflectionId(3) }),
      ],
    });
    const preview = await repository.preview(file);
    expect(describeFeedbackPlan(preview)).toBe('3 comments on 2 reflections; 1 for reflections not found');
    expect(await db.coachFeedback.count()).toBe(0);

    const result = await repository.attach(file);
    expect(result).toEqual({ added: 3, updated: 0, unchanged: 0, notFound: [file.comments[3]] });
    expect(
      (await repository.commentsFor(reflectionId(2))).map(({ id, principleId }) => [id, principleId]),
    ).toEqual([
      [comment(2).id, 'sphere-of-influence'],
      [comment(3).id, null],
    ]);
    expect(await repository.commentsFor(reflectionId(3))).toEqual([]);
    expect(await db.coachFeedback.get(comment(1).id)).toEqual({
      ...comment(1),
      receivedAt: clock.toISOString(),
      readAt: null,
      unread: 1,
      feedbackExportedAt: file.exportedAt,
    });
    expect(await repository.unreadReflectionIds()).toEqual(new Set([reflectionId(1), reflectionId(2)]));
  });

  it('changes nothing when the same file is attached twice, read marks included', async () => {
    const file = feedback();
    await repository.attach(file);
    await repository.markReflectionRead(reflectionId(1));
    const before = await everything();
    clock = new Date('2026-03-22T09:00:00.000Z');
    expect(await repository.attach(file)).toEqual({ added: 0, updated: 0, unchanged: 2, notFound: [] });
    expect(await everything()).toEqual(before);
    expect(await repository.unreadReflectionIds()).toEqual(new Set([reflectionId(2)]));
  });

  it('replaces a comment with a newer edit of it, unread again, and keeps the newer over an older file', async () => {
    await repository.attach(feedback());
    await repository.markReflectionRead(reflectionId(1));
    const edited = comment(1, {
      text: 'Edited: what was in your sphere here?',
      updatedAt: '2026-03-20T08:00:00.000Z',
    });
    clock = new Date('2026-03-22T09:00:00.000Z');
    const newer = feedback({ comments: [edited], exportedAt: '2026-03-22T08:00:00.000Z' });
    expect(await repository.attach(newer)).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.coachFeedback.get(comment(1).id)).toMatchObject({
      text: edited.text,
      readAt: null,
      unread: 1,
      receivedAt: '2026-03-22T09:00:00.000Z',
      feedbackExportedAt: '2026-03-22T08:00:00.000Z',
    });
    expect(await repository.attach(feedback())).toMatchObject({ updated: 0, unchanged: 2 });
    expect((await db.coachFeedback.get(comment(1).id))?.text).toBe(edited.text);
    expect(await db.coachFeedback.count()).toBe(2);
  });

  it('refuses a file written for another journal and writes nothing', async () => {
    await repository.attach(feedback());
    const before = await everything();
    const other = feedback({ journalId: OTHER_JOURNAL_ID, comments: [comment(9)] });
    await expect(repository.preview(other)).rejects.toThrow(ANOTHER_JOURNAL_MESSAGE);
    await expect(repository.attach(other)).rejects.toBeInstanceOf(FeedbackForAnotherJournalError);
    expect(await everything()).toEqual(before);
  });

  it('refuses any feedback while this journal has no id yet (it was never exported)', async () => {
    await db.meta.delete(JOURNAL_ID_KEY);
    await expect(repository.attach(feedback())).rejects.toBeInstanceOf(FeedbackForAnotherJournalError);
    expect(await db.coachFeedback.count()).toBe(0);
  });

  it('marks one reflection’s comments as read and leaves the others unread', async () => {
    await repository.attach(
      feedback({ comments: [comment(1), comment(2), comment(3, { reflectionId: reflectionId(2) })] }),
    );
    clock = new Date('2026-03-23T09:00:00.000Z');
    expect(await repository.markReflectionRead(reflectionId(1))).toBe(2);
    expect(await repository.markReflectionRead(reflectionId(1))).toBe(0);
    expect((await repository.commentsFor(reflectionId(1))).map(({ readAt }) => readAt)).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
    ]);
    expect(await repository.unreadReflectionIds()).toEqual(new Set([reflectionId(2)]));
  });
});
