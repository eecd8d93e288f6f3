import type { CoachComment } from './coachComment';

/** What the record needs to know of a client's reflection to head its comments. */
export interface RecordReflection {
  readonly id: string;
  /** Local wall-clock `YYYY-MM-DDTHH:mm`, or null when the reflection has no date. */
  readonly occurredAt: string | null;
  readonly asked: string;
}

export interface FeedbackRecordInput {
  readonly clientName: string;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly comments: readonly CoachComment[];
  readonly needsDiscussion: readonly string[];
  /** The session notes as stored; they go into the record only when `includeSessionNotes` is ticked. */
  readonly sessionNotes: { readonly text: string; readonly includeInFeedback: boolean } | null;
  /** The workspace's reflections the comments and flags name (missing ones are allowed). */
  readonly reflections: ReadonlyMap<string, RecordReflection>;
  /** The principle's title in the client's journal (renamed ones included). */
  readonly principleTitle: (principleId: string) => string;
}

export interface RecordComment {
  readonly id: string;
  /** "The whole reflection" or the principle's title. */
  readonly about: string;
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RecordEntry {
  readonly reflectionId: string;
  readonly occurredAt: string | null;
  /** What the client asked for; "Untitled reflection" when empty, "Reflection no longer in this workspace" when gone. */
  readonly title: string;
  readonly needsDiscussion: boolean;
  readonly comments: readonly RecordComment[];
}

export interface FeedbackRecord {
  readonly clientName: string;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly entries: readonly RecordEntry[];
  readonly commentCount: number;
  readonly sessionNotes: string | null;
}

export const WHOLE_REFLECTION = 'The whole reflection';
export const UNTITLED_REFLECTION = 'Untitled reflection';
export const MISSING_REFLECTION = 'Reflection no longer in this workspace';

/** Dated reflections first in the order they happened, then undated ones, then by id. */
function byWhen(a: RecordEntry, b: RecordEntry): number {
  if (a.occurredAt !== b.occurredAt) {
    if (a.occurredAt === null) return 1;
    if (b.occurredAt === null) return -1;
    return a.occurredAt < b.occurredAt ? -1 : 1;
  }
  return a.reflectionId < b.reflectionId ? -1 : a.reflectionId > b.reflectionId ? 1 : 0;
}

const byCreated = (a: CoachComment, b: CoachComment) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * The coach's record of the feedback for one client: every reflection commented on or marked
 * "Needs discussion", in the order they happened, with its comments (the whole reflection's
 * first, then each principle's, oldest first), and the session notes only when ticked in, as the
 * feedback file would carry them.
 */
export function buildFeedbackRecord(input: FeedbackRecordInput): FeedbackRecord {
  const flagged = new Set(input.needsDiscussion);
  const ids = new Set([...input.comments.map(({ reflectionId }) => reflectionId), ...flagged]);
  const entries = [...ids].map((reflectionId): RecordEntry => {
    const reflection = input.reflections.get(reflectionId);
    const mine = input.comments.filter((comment) => comment.reflectionId === reflectionId);
    const ordered = [
      ...mine.filter(({ principleId }) => principleId === null).sort(byCreated),
      ...mine.filter(({ principleId }) => principleId !== null).sort(byCreated),
    ];
    return {
      reflectionId,
      occurredAt: reflection?.occurredAt ?? null,
      title:
        reflection === undefined
          ? MISSING_REFLECTION
          : reflection.asked.trim() === ''
            ? UNTITLED_REFLECTION
            : reflection.asked.trim(),
      needsDiscussion: flagged.has(reflectionId),
      comments: ordered.map(({ id, principleId, text, createdAt, updatedAt }) => ({
        id,
        about: principleId === null ? WHOLE_REFLECTION : input.principleTitle(principleId),
        text,
        createdAt,
        updatedAt,
      })),
    };
  });
  const notes = input.sessionNotes;
  return {
    clientName: input.clientName,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    entries: entries.sort(byWhen),
    commentCount: input.comments.length,
    sessionNotes: notes !== null && notes.includeInFeedback && notes.text.trim() !== '' ? notes.text : null,
  };
}
