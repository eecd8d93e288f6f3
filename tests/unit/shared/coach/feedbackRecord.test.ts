import { describe, expect, it } from 'vitest';
import {
  buildFeedbackRecord,
  MISSING_REFLECTION,
  UNTITLED_REFLECTION,
  WHOLE_REFLECTION,
  type FeedbackRecordInput,
  type RecordReflection,
} from '../../../../shared/coach/feedbackRecord';
import { comment, reflectionId } from './feedbackFixtures';

const reflections = new Map<string, RecordReflection>([
  [reflectionId(1), { id: reflectionId(1), occurredAt: '2026-03-05T09:30', asked: 'Budget figures' }],
  [reflectionId(2), { id: reflectionId(2), occurredAt: '2026-02-10T14:00', asked: '  ' }],
  [reflectionId(3), { id: reflectionId(3), occurredAt: null, asked: 'Undated talk' }],
]);

function input(overrides: Partial<FeedbackRecordInput> = {}): FeedbackRecordInput {
  return {
    clientName: 'Dana (team lead)',
    periodFrom: '2026-01-02',
    periodTo: '2026-03-05',
    comments: [],
    needsDiscussion: [],
    sessionNotes: null,
    reflections,
    principleTitle: (id) => (id === 'sphere-of-influence' ? 'What I can move' : id),
    ...overrides,
  };
}

describe('the feedback record', () => {
  it('keeps the name the coach gave and the period', () => {
    const record = buildFeedbackRecord(input());
    expect(record).toMatchObject({
      clientName: 'Dana (team lead)',
      periodFrom: '2026-01-02',
      periodTo: '2026-03-05',
      entries: [],
      commentCount: 0,
      sessionNotes: null,
    });
  });

  it("puts each comment under its reflection's date and title, with the principle it is about", () => {
    const record = buildFeedbackRecord(
      input({
        comments: [
          comment(3, { principleId: 'sphere-of-influence', text: 'Inside your sphere.' }),
          comment(1, { text: 'Whole: well prepared.', createdAt: '2026-03-19T09:00:00.000Z' }),
          comment(2, { reflectionId: reflectionId(2), text: 'Earlier talk.' }),
        ],
      }),
    );
    expect(record.entries.map(({ reflectionId: id, title, occurredAt }) => [id, title, occurredAt])).toEqual([
      [reflectionId(2), UNTITLED_REFLECTION, '2026-02-10T14:00'],
      [reflectionId(1), 'Budget figures', '2026-03-05T09:30'],
    ]);
    expect(record.entries[1]?.comments.map(({ about, text }) => [about, text])).toEqual([
      [WHOLE_REFLECTION, 'Whole: well prepared.'],
      ['What I can move', 'Inside your sphere.'],
    ]);
    expect(record.commentCount).toBe(3);
  });

  it('lists a reflection marked "Needs discussion" even without a comment, and undated ones last', () => {
    const record = buildFeedbackRecord(
      input({ comments: [comment(1)], needsDiscussion: [reflectionId(3), reflectionId(1)] }),
    );
    expect(
      record.entries.map(({ title, needsDiscussion, comments }) => [title, needsDiscussion, comments.length]),
    ).toEqual([
      ['Budget figures', true, 1],
      ['Undated talk', true, 0],
    ]);
  });

  it('says when a commented reflection is no longer in the workspace', () => {
    const record = buildFeedbackRecord(input({ comments: [comment(1, { reflectionId: reflectionId(9) })] }));
    expect(record.entries[0]).toMatchObject({ title: MISSING_REFLECTION, occurredAt: null });
  });

  it('holds the session notes only when the coach ticked them in', () => {
    expect(
      buildFeedbackRecord(input({ sessionNotes: { text: 'Private plan.', includeInFeedback: false } }))
        .sessionNotes,
    ).toBeNull();
    expect(
      buildFeedbackRecord(input({ sessionNotes: { text: 'Shared plan.', includeInFeedback: true } }))
        .sessionNotes,
    ).toBe('Shared plan.');
    expect(
      buildFeedbackRecord(input({ sessionNotes: { text: '   ', includeInFeedback: true } })).sessionNotes,
    ).toBeNull();
  });
});
