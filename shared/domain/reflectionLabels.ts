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

/** The names the UI shows beside each field; validation messages use the same words. */
export const reflectionFieldLabels = {
  occurredAt: 'When it happened',
  timeZone: 'Time zone',
  personIds: 'People',
  relationship: 'Relationship',
  asked: 'What you asked for',
  context: 'Context',
  approach: 'How you approached it',
  outcome: 'Outcome',
  expected: 'What you expected',
  actual: 'What actually happened',
  whyDifferent: 'Why it was different',
  learned: 'What you learned',
  nextStep: 'Next step',
  followUpAt: 'Follow-up date',
  tags: 'Tags',
} as const;
