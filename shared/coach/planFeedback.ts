import { formatCount } from '../domain/validationMessages';
import type { CoachComment } from './coachComment';
import type { FeedbackFile } from './feedbackFile';

export const ANOTHER_JOURNAL_MESSAGE =
  'This feedback file was written for another journal, so nothing was added to this one. ' +
  'Feedback can only be attached to the journal whose export the coach opened.';

/** What the client's journal holds that a feedback file is matched against. */
export interface FeedbackTarget {
  /** This journal's id, or null when it never had one (it was never exported, so no coach saw it). */
  readonly journalId: string | null;
  /** Reflections in the journal, the Trash included: a comment on a reflection in the Trash waits there with it. */
  readonly hasReflection: (id: string) => boolean;
  /** The `updatedAt` of each comment already received, by comment id. */
  readonly received: ReadonlyMap<string, string>;
}

export type FeedbackPlan =
  | { readonly kind: 'another-journal' }
  | {
      readonly kind: 'attach';
      /** Comments on reflections in this journal, whether or not they change anything. */
      readonly matched: readonly CoachComment[];
      /** Distinct reflections the matched comments are about. */
      readonly reflections: number;
      /** Comments to write: new ones, and newer edits of ones already received. */
      readonly added: readonly CoachComment[];
      readonly updated: readonly CoachComment[];
      readonly unchanged: number;
      /** Comments on reflections this journal does not have: never written, listed back instead. */
      readonly notFound: readonly CoachComment[];
    };

function isNewer(incoming: string, stored: string): boolean {
  return Date.parse(incoming) > Date.parse(stored);
}

/**
 * Decides what attaching a feedback file would write, writing nothing. A file for another journal
 * is refused whole; otherwise each comment is new, a newer edit of one received before, the same
 * (or older) as what is kept, or about a reflection this journal does not have.
 */
export function planFeedback(file: FeedbackFile, target: FeedbackTarget): FeedbackPlan {
  if (target.journalId === null || target.journalId !== file.journalId) return { kind: 'another-journal' };
  const matched: CoachComment[] = [];
  const added: CoachComment[] = [];
  const updated: CoachComment[] = [];
  const notFound: CoachComment[] = [];
  for (const comment of file.comments) {
    if (!target.hasReflection(comment.reflectionId)) {
      notFound.push(comment);
      continue;
    }
    matched.push(comment);
    const stored = target.received.get(comment.id);
    if (stored === undefined) added.push(comment);
    else if (isNewer(comment.updatedAt, stored)) updated.push(comment);
  }
  return {
    kind: 'attach',
    matched,
    reflections: new Set(matched.map(({ reflectionId }) => reflectionId)).size,
    added,
    updated,
    unchanged: matched.length - added.length - updated.length,
    notFound,
  };
}

function counted(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "3 comments on 2 reflections; 1 for reflections not found": what the preview tells the person. */
export function describeFeedbackPlan(plan: Extract<FeedbackPlan, { kind: 'attach' }>): string {
  return (
    `${counted(plan.matched.length, 'comment', 'comments')} on ` +
    `${counted(plan.reflections, 'reflection', 'reflections')}; ` +
    `${formatCount(plan.notFound.length)} for reflections not found`
  );
}
