import type { BuiltInPrincipleId } from '../../../shared/domain/principles';

/** One situation for all four examples, so a newcomer sees the principles work together. */
export const EXAMPLE_SITUATION =
  'Say you lead marketing and need product facts from another department before a launch.';

/** One concrete move per principle, in that situation. */
export const PRINCIPLE_EXAMPLES: Readonly<Record<BuiltInPrincipleId, string>> = {
  'empowered-adults':
    'Before asking your manager to chase them, you call the product analyst yourself and ask what is holding the facts up.',
  'sphere-of-influence':
    'You point out that both teams are judged on a launch that lands on time, and a late surprise costs them too.',
  'negotiate-dont-manipulate':
    'Instead of hinting that the director is unhappy, you share the customer questions you keep getting and ask what they need to commit to a date.',
  'build-partnerships':
    'You agree who sends what by Friday, thank them in front of their lead, and offer your campaign results for their next review.',
};
