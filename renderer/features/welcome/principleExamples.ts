import type { BuiltInPrincipleId } from '../../../shared/domain/principles';

/** One situation for all four examples, so a newcomer sees the principles work together. */
export const EXAMPLE_SITUATION =
  'Say you lead marketing and need product facts from another department before a launch.';

/** One concrete move per principle, in that situation. */
export const PRINCIPLE_EXAMPLES: Readonly<Record<BuiltInPrincipleId, string>> = {
  'empowered-adults':
    'Before asking your manager to chase them, you call the product analyst and ask what holds the facts up.',
  'sphere-of-influence': 'You point out that both teams are judged on a launch that lands on time.',
  'negotiate-dont-manipulate':
    'Rather than hint that the director is unhappy, you share customer questions and ask what they need to commit.',
  'build-partnerships':
    'You agree who sends what by Friday and offer your campaign results for their next review.',
};
