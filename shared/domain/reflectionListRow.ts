import type * as z from 'zod';
import type { Reflection } from './reflectionSchema';
import type { reflectionListRowSchema } from './reflectionListRowSchema';

export const ASKED_PREVIEW_LENGTH = 140;

/** The small record the journal list reads (its schema is in reflectionListRowSchema.ts). */
export type ReflectionListRow = z.output<typeof reflectionListRowSchema>;

/**
 * The first 140 characters of the text on one line, ending in an ellipsis when there is more,
 * so a cut preview reads as cut at any width. Counts code points, so an emoji is never cut in
 * half; only the head of the text is scanned, however long it is.
 */
export function askedPreview(asked: string): string {
  const head = asked
    .slice(0, ASKED_PREVIEW_LENGTH * 4 + 4)
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(head);
  if (characters.length <= ASKED_PREVIEW_LENGTH) return head;
  return `${characters
    .slice(0, ASKED_PREVIEW_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * The text a card shows: the request, or for a draft or note without one, the first field
 * that has anything written in it, in the order the reflection asks for them.
 */
export function firstWrittenText(reflection: Reflection): string {
  const fields = [
    reflection.asked,
    reflection.context,
    reflection.approach,
    reflection.expected,
    reflection.actual,
    reflection.whyDifferent,
    ...Object.values(reflection.principles).map((entry) => entry.notes),
    reflection.learned,
    reflection.nextStep.text,
  ];
  return fields.find((text) => text.trim() !== '') ?? '';
}

/** What names a reflection in a window or tab title: its first words, or "Reflection" when there are none. */
export function reflectionTitle(reflection: Reflection): string {
  return askedPreview(firstWrittenText(reflection)) || 'Reflection';
}

export function toListRow(reflection: Reflection): ReflectionListRow {
  return {
    id: reflection.id,
    occurredAt: reflection.occurredAt,
    personIds: [...reflection.personIds],
    askedPreview: askedPreview(firstWrittenText(reflection)),
    outcome: reflection.outcome,
    principleIds: Object.entries(reflection.principles)
      .filter(([, entry]) => entry.applied === true)
      .map(([principleId]) => principleId),
    tags: [...reflection.tags],
    starred: reflection.starred,
    isPrivate: reflection.isPrivate,
    status: reflection.status,
    deletedAt: reflection.deletedAt,
  };
}
