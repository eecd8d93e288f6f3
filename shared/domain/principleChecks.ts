import type { BuiltInPrincipleId } from './principles';

export type CheckKind = 'choice' | 'text' | 'rating' | 'multi-choice';

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

export type NegotiationTactic =
  | (ChoiceOption & { readonly isManipulative: false })
  | (ChoiceOption & {
      readonly isManipulative: true;
      /** Shown in the summary: a collaborative move that meets the same need. */
      readonly collaborativeAlternative: string;
    });

interface CheckBase {
  readonly id: string;
  readonly principleId: BuiltInPrincipleId;
  readonly label: string;
}

export type PrincipleCheck =
  | (CheckBase & { readonly kind: 'text' })
  | (CheckBase & { readonly kind: 'rating'; readonly min: 1; readonly max: 5 })
  | (CheckBase & { readonly kind: 'choice' | 'multi-choice'; readonly options: readonly ChoiceOption[] });

export const negotiationTactics = [
  { id: 'shared-data', label: 'Shared data openly', isManipulative: false },
  { id: 'asked-priorities', label: 'Asked about their priorities', isManipulative: false },
  { id: 'offered-options', label: 'Offered options', isManipulative: false },
  { id: 'fair-criteria', label: 'Used fair criteria', isManipulative: false },
  {
    id: 'silence-as-pressure',
    label: 'Used silence as pressure',
    isManipulative: true,
    collaborativeAlternative:
      'Next time, you could say plainly what you need and ask what would make it workable for them.',
  },
  {
    id: 'withheld-information',
    label: 'Held back information',
    isManipulative: true,
    collaborativeAlternative:
      'Sharing what you know, even the parts that weaken your position a little, tends to open up better options for both of you.',
  },
  {
    id: 'misinformation',
    label: 'Gave a misleading picture',
    isManipulative: true,
    collaborativeAlternative:
      'A short, honest correction now usually protects the relationship more than it costs.',
  },
  {
    id: 'false-urgency',
    label: 'Made it sound more urgent than it was',
    isManipulative: true,
    collaborativeAlternative: 'Sharing the real timeline lets them plan with you rather than around you.',
  },
  {
    id: 'threats',
    label: 'Used threats',
    isManipulative: true,
    collaborativeAlternative:
      'Naming the consequence you are worried about as a problem you both face often lands better than a warning.',
  },
  {
    id: 'went-over-their-head',
    label: 'Went over their head',
    isManipulative: true,
    collaborativeAlternative:
      'Before involving their manager, you might ask them directly what is in the way and what would help.',
  },
] as const satisfies readonly NegotiationTactic[];

export const principleChecks = [
  {
    id: 'escalated-to-manager',
    principleId: 'empowered-adults',
    label: 'Did I take it to my manager instead of handling it myself?',
    kind: 'choice',
    options: [
      { id: 'no', label: 'No' },
      { id: 'considered', label: 'I considered it' },
      { id: 'yes', label: 'Yes' },
    ],
  },
  {
    id: 'what-i-owned',
    principleId: 'empowered-adults',
    label: 'What did I take ownership of?',
    kind: 'text',
  },
  {
    id: 'my-contribution',
    principleId: 'empowered-adults',
    label: 'How did I contribute to the difficulty?',
    kind: 'text',
  },
  { id: 'shared-goal', principleId: 'sphere-of-influence', label: 'What goal do we share?', kind: 'text' },
  {
    id: 'overlapping-accountability',
    principleId: 'sphere-of-influence',
    label: 'Whose accountability overlaps with mine, and where?',
    kind: 'text',
  },
  {
    id: 'in-it-for-them',
    principleId: 'sphere-of-influence',
    label: 'What is in it for them?',
    kind: 'text',
  },
  {
    id: 'what-they-value',
    principleId: 'sphere-of-influence',
    label: 'What do they value that I can offer?',
    kind: 'text',
  },
  {
    id: 'currencies-exchanged',
    principleId: 'sphere-of-influence',
    label: 'What did I offer or receive in exchange (currencies)?',
    kind: 'text',
  },
  {
    id: 'their-interests',
    principleId: 'negotiate-dont-manipulate',
    label: 'What interests sit behind their position?',
    kind: 'text',
  },
  {
    id: 'knowledge-used',
    principleId: 'negotiate-dont-manipulate',
    label: 'What knowledge or expertise did I use to create value?',
    kind: 'text',
  },
  {
    id: 'options-considered',
    principleId: 'negotiate-dont-manipulate',
    label: 'Which options did we consider?',
    kind: 'text',
  },
  {
    id: 'tactics-used',
    principleId: 'negotiate-dont-manipulate',
    label: 'Which tactics did I use?',
    kind: 'multi-choice',
    options: negotiationTactics,
  },
  {
    id: 'honesty-check',
    principleId: 'negotiate-dont-manipulate',
    label: 'Anything I withheld or shaded?',
    kind: 'text',
  },
  {
    id: 'relationship-after',
    principleId: 'build-partnerships',
    label: 'How is the relationship afterwards?',
    kind: 'choice',
    options: [
      { id: 'better', label: 'Better' },
      { id: 'same', label: 'About the same' },
      { id: 'worse', label: 'Worse' },
    ],
  },
  {
    id: 'trust',
    principleId: 'build-partnerships',
    label: 'How much do we trust each other now?',
    kind: 'rating',
    min: 1,
    max: 5,
  },
  {
    id: 'next-together',
    principleId: 'build-partnerships',
    label: 'What will we do together next?',
    kind: 'text',
  },
] as const satisfies readonly PrincipleCheck[];

export type PrincipleCheckId = (typeof principleChecks)[number]['id'];
export type NegotiationTacticId = (typeof negotiationTactics)[number]['id'];

const checksById: ReadonlyMap<string, PrincipleCheck> = new Map(
  principleChecks.map((check) => [check.id, check]),
);
const tacticsById: ReadonlyMap<string, NegotiationTactic> = new Map(
  negotiationTactics.map((tactic) => [tactic.id, tactic]),
);

export function findPrincipleCheck(checkId: string): PrincipleCheck | undefined {
  return checksById.get(checkId);
}

export function findNegotiationTactic(tacticId: string): NegotiationTactic | undefined {
  return tacticsById.get(tacticId);
}

export function checksForPrinciple(principleId: string): PrincipleCheck[] {
  return principleChecks.filter((check) => check.principleId === principleId);
}
