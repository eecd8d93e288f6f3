export const relationshipValues = [
  'manager',
  'peer',
  'direct-report',
  'other-department',
  'external',
  'other',
] as const;
export type Relationship = (typeof relationshipValues)[number];

export const relationshipLabels = {
  manager: 'Manager',
  peer: 'Peer',
  'direct-report': 'Direct report',
  'other-department': 'Other department',
  external: 'External',
  other: 'Other',
} as const satisfies Record<Relationship, string>;

export const outcomeValues = ['achieved', 'partly-achieved', 'not-yet', 'made-it-worse'] as const;
export type Outcome = (typeof outcomeValues)[number];

export const outcomeLabels = {
  achieved: 'Achieved',
  'partly-achieved': 'Partly achieved',
  'not-yet': 'Not yet',
  'made-it-worse': 'Made it worse',
} as const satisfies Record<Outcome, string>;

export const reflectionStatusValues = ['draft', 'complete'] as const;
export type ReflectionStatus = (typeof reflectionStatusValues)[number];

export const reflectionModeValues = ['guided', 'quick'] as const;
export type ReflectionMode = (typeof reflectionModeValues)[number];

/**
 * The one name of each field, as the form asks it: the form, the review step, the entry page,
 * search results, exports and validation messages all use these words, so a field is never
 * "What happened?" in one place and "Context" in another.
 */
export const reflectionFieldLabels = {
  occurredAt: 'When did it happen?',
  timeZone: 'Time zone',
  personIds: 'Who was it with?',
  relationship: 'Relationship',
  asked: 'What did you ask for?',
  context: 'What happened?',
  approach: 'How did you go about it?',
  outcome: 'Outcome',
  expected: 'What did you expect to happen?',
  actual: 'What actually happened?',
  whyDifferent: 'Why was there a difference?',
  learned: 'What did you learn?',
  nextStep: 'Next step',
  followUpAt: 'Follow up on',
  tags: 'Tags',
  starred: 'Starred',
  isPrivate: 'Private',
} as const;

/** The names of a principle's own answers in a reflection. */
export const principleEntryLabels = {
  applied: 'I applied this',
  rating: 'How well did you apply this?',
  notes: 'Anything else about this principle?',
} as const;

/** The rating choice that says the principle was not applied this time (stored as applied: false). */
export const notAppliedLabel = 'Not this time';
