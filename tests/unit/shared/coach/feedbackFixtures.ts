import type { CoachComment } from '../../../../shared/coach/coachComment';
import type { FeedbackFileInput } from '../../../../shared/coach/feedbackFile';

export const FEEDBACK_JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000beef';
export const OTHER_JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000f00d';
export const FEEDBACK_AT = '2026-03-20T10:00:00.000Z';

export function reflectionId(serial: number): string {
  return `019ce0a2-5d40-7000-8000-${String(serial).padStart(12, '0')}`;
}

export function comment(serial: number, overrides: Partial<CoachComment> = {}): CoachComment {
  return {
    id: `019ce0b0-0000-7000-8000-${String(serial).padStart(12, '0')}`,
    reflectionId: reflectionId(1),
    principleId: null,
    text: `Comment ${serial}: what did you notice about your own part?`,
    createdAt: '2026-03-19T08:00:00.000Z',
    updatedAt: '2026-03-19T08:00:00.000Z',
    ...overrides,
  };
}

export function feedbackInput(overrides: Partial<FeedbackFileInput> = {}): FeedbackFileInput {
  return {
    appVersion: '0.1.0',
    exportedAt: FEEDBACK_AT,
    journalId: FEEDBACK_JOURNAL_ID,
    coachName: 'Sam Coach',
    comments: [comment(1), comment(2, { reflectionId: reflectionId(2), principleId: 'sphere-of-influence' })],
    needsDiscussion: [reflectionId(2)],
    ...overrides,
  };
}
