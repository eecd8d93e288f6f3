import type { PrincipleSetting } from './principles';

// The principles as the journal shows them, without their settings' schema (principles.ts):
// the journal list and its providers use these before the first rows, and zod is not needed there.

export const builtInPrincipleIds = [
  'empowered-adults',
  'sphere-of-influence',
  'negotiate-dont-manipulate',
  'build-partnerships',
] as const;

export type BuiltInPrincipleId = (typeof builtInPrincipleIds)[number];

export interface Principle {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly prompts: readonly string[];
}

export interface BuiltInPrinciple extends Principle {
  readonly id: BuiltInPrincipleId;
}

export interface ResolvedPrinciple extends Principle {
  readonly isBuiltIn: boolean;
  readonly isHidden: boolean;
}

export const builtInPrinciples = [
  {
    id: 'empowered-adults',
    title: 'Empowered adults',
    description: 'Treat the problem as yours to solve rather than handing it up to your manager.',
    prompts: [
      'Which part of this was yours to sort out, even without the authority to insist?',
      'Before asking your manager to step in, what did you try on your own?',
      'How might you have added to the difficulty, and what would you change?',
    ],
  },
  {
    id: 'sphere-of-influence',
    title: 'Sphere of influence',
    description: 'Look for the goal you both care about and the results you are both answerable for.',
    prompts: [
      'Which result are you both judged on?',
      'If this stalls, what does it cost them, not only you?',
      'What could you bring that they would genuinely value?',
    ],
  },
  {
    id: 'negotiate-dont-manipulate',
    title: "Negotiate, don't manipulate",
    description:
      'Bring what you know to make the outcome better for both sides. Pressure through silence, holding things back or bending the facts has no place here.',
    prompts: [
      'What do they need underneath what they are asking for?',
      'What do you know that could make the deal better for both of you?',
      'Would you be at ease if they could see every step of how you handled this?',
    ],
  },
  {
    id: 'build-partnerships',
    title: 'Build partnerships',
    description:
      'Aim for an outcome that works for both of you, earn trust, and agree what you will do together next.',
    prompts: [
      'What would make them glad to work with you again?',
      'Where does trust stand now, and what small act would raise it?',
      'What will the two of you do next, and by when?',
      'Who else should be part of this working relationship?',
    ],
  },
] as const satisfies readonly BuiltInPrinciple[];

const builtInPrincipleIdSet: ReadonlySet<string> = new Set(builtInPrincipleIds);

export function isBuiltInPrincipleId(value: string): value is BuiltInPrincipleId {
  return builtInPrincipleIdSet.has(value);
}

/**
 * Applies settings to the built-ins: custom principles are appended in the order given,
 * then overrides rename or hide by id (later ones win). Ids are never rewritten, so past
 * reflections keep pointing at the right principle; overrides of unknown ids are ignored.
 */
export function resolvePrinciples(
  builtIns: readonly Principle[],
  settings: readonly PrincipleSetting[],
): ResolvedPrinciple[] {
  const byId = new Map<string, ResolvedPrinciple>();
  for (const principle of builtIns) {
    byId.set(principle.id, { ...principle, isBuiltIn: true, isHidden: false });
  }
  for (const setting of settings) {
    if (setting.kind !== 'custom' || byId.get(setting.id)?.isBuiltIn === true) continue;
    const { id, title, description, prompts, isHidden } = setting;
    byId.set(id, { id, title, description, prompts, isHidden, isBuiltIn: false });
  }
  for (const setting of settings) {
    if (setting.kind !== 'override') continue;
    const current = byId.get(setting.principleId);
    if (current === undefined) continue;
    byId.set(current.id, {
      ...current,
      title: setting.title ?? current.title,
      description: setting.description ?? current.description,
      isHidden: setting.isHidden ?? current.isHidden,
    });
  }
  return [...byId.values()];
}
