import type { BuiltInPrincipleId } from './principles';

export const preparationStatusValues = ['draft', 'ready'] as const;
export type PreparationStatus = (typeof preparationStatusValues)[number];

/**
 * The one name of each preparation field, as the form asks it: the form, the plan beside the
 * guided flow, the entry page, exports and validation messages all use these words.
 */
export const preparationFieldLabels = {
  personIds: 'Who is it with?',
  plannedAt: 'When is it?',
  timeZone: 'Time zone',
  goal: 'What do you want from it?',
  principles: 'The principles',
  objections: 'Likely objections and my answers',
  opening: 'How will I open?',
  remindAfterMinutes: 'Remind me to reflect',
} as const;

/** The name of a principle's block in a preparation. */
export const preparationPrincipleNotesLabel = 'My plan';

/** Shown on the form beside the reminder offset. */
export const remindAfterMinutesUnit = 'minutes after';

/**
 * What to think through for each built-in principle before the conversation. A custom principle
 * has no planning prompt of its own, so its block asks the general question.
 */
export const preparationPrinciplePrompts = {
  'empowered-adults':
    'What part of this is mine to own, and how will I carry it myself instead of handing it to my manager?',
  'sphere-of-influence':
    'Which goal do we share, where does our accountability overlap, and what is in it for them?',
  'negotiate-dont-manipulate':
    'What knowledge and options can I bring, and what will I do if we do not agree?',
  'build-partnerships': 'How can this conversation build the partnership, whatever today brings?',
} as const satisfies Record<BuiltInPrincipleId, string>;

export const customPrinciplePreparationPrompt = 'How will I bring this principle into the conversation?';

export function preparationPromptFor(principleId: string): string {
  return (
    (preparationPrinciplePrompts as Record<string, string>)[principleId] ?? customPrinciplePreparationPrompt
  );
}

export const preparationStatusLabels = {
  draft: 'Draft',
  ready: 'Ready',
} as const satisfies Record<PreparationStatus, string>;
