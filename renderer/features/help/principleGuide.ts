import {
  isBuiltInPrincipleId,
  type BuiltInPrincipleId,
  type Principle,
} from '../../../shared/domain/principles';

export interface PrincipleMeaningText {
  /** What the principle asks of you, in a few plain sentences. */
  readonly idea: string;
  /** One everyday situation where it shows. */
  readonly example: string | null;
}

/** Our own explanation of each built-in principle, for Help and the guided flow's "What does this mean?". */
export const builtInPrincipleGuide: Readonly<Record<BuiltInPrincipleId, PrincipleMeaningText>> = {
  'empowered-adults': {
    idea: 'You do not need authority over someone to own a problem you share with them. Try first, talk to them directly, and take it to your manager only once you have done what is yours to do.',
    example:
      'A colleague in finance keeps missing the date for your budget figures. Rather than asking your manager to chase them, you ask what gets in the way and agree a date that works for both of you.',
  },
  'sphere-of-influence': {
    idea: 'Look past your own request to what you both care about: the result you are both judged on, and what a delay costs them as well as you. That common ground is where your influence lies.',
    example:
      'You need a developer’s time for a launch. You show that the launch is on their team’s goals this quarter too, and what a slip would mean for them.',
  },
  'negotiate-dont-manipulate': {
    idea: 'Put what you know on the table and look for an outcome that is better for both sides. Pressure, silence, held-back facts or a false deadline may win today and cost trust for a long time.',
    example:
      'Instead of saying you need it tomorrow when next week would do, you share the real timeline and ask what they could manage by then.',
  },
  'build-partnerships': {
    idea: 'Each conversation is part of a working relationship that goes on after it. Aim for an outcome you can both live with, notice where trust stands, and agree what each of you does next.',
    example:
      'After settling a disagreement over priorities, you suggest a short check-in in two weeks, and you do what you said you would before it.',
  },
};

/**
 * What to show for a principle: our explanation for a built-in one, a custom principle's own
 * description (the person wrote it; we add no example), or nothing when it has none.
 */
export function principleMeaning(
  principle: Pick<Principle, 'id' | 'description'>,
): PrincipleMeaningText | null {
  if (isBuiltInPrincipleId(principle.id)) return builtInPrincipleGuide[principle.id];
  const description = principle.description.trim();
  return description === '' ? null : { idea: description, example: null };
}
