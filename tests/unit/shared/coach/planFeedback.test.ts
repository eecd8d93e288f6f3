import { describe, expect, it } from 'vitest';
import { buildFeedbackFile, parseFeedbackFile } from '../../../../shared/coach/feedbackFile';
import {
  describeFeedbackPlan,
  planFeedback,
  type FeedbackTarget,
} from '../../../../shared/coach/planFeedback';
import {
  comment,
  FEEDBACK_JOURNAL_ID,
  feedbackInput,
  OTHER_JOURNAL_ID,
  reflectionId,
} from './feedbackFixtures';

const file = parseFeedbackFile(
  buildFeedbackFile(
    feedbackInput({
      comments: [
        comment(1),
        comment(2, { reflectionId: reflectionId(3) }),
        comment(3, { updatedAt: '2026-03-19T09:00:00.000Z' }),
      ],
    }),
  ),
);

function target(overrides: Partial<FeedbackTarget> = {}): FeedbackTarget {
  return {
    journalId: FEEDBACK_JOURNAL_ID,
    hasReflection: (id) => id === reflectionId(1),
    received: new Map(),
    ...overrides,
  };
}

describe('planFeedback', () => {
  it('matches comments to the reflections the journal has and sets the others aside', () => {
    const plan = planFeedback(file, target());
    if (plan.kind !== 'attach') throw new Error('expected a plan to attach');
    expect(plan.added.map(({ id }) => id)).toEqual([comment(1).id, comment(3).id]);
    expect(plan.notFound.map(({ id }) => id)).toEqual([comment(2).id]);
    expect(describeFeedbackPlan(plan)).toBe('2 comments on 1 reflection; 1 for reflections not found');
  });

  it('writes only newer edits of comments already received', () => {
    const received = new Map([
      [comment(1).id, comment(1).updatedAt],
      [comment(3).id, '2026-03-19T08:30:00.000Z'],
    ]);
    const plan = planFeedback(file, target({ received }));
    expect(plan).toMatchObject({ kind: 'attach', added: [], unchanged: 1 });
    expect(plan.kind === 'attach' ? plan.updated.map(({ id }) => id) : []).toEqual([comment(3).id]);
  });

  it('refuses a file for another journal, or any file while the journal has no id', () => {
    expect(planFeedback(file, target({ journalId: OTHER_JOURNAL_ID }))).toEqual({ kind: 'another-journal' });
    expect(planFeedback(file, target({ journalId: null }))).toEqual({ kind: 'another-journal' });
  });
});
