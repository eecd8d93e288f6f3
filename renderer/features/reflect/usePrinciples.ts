import {
  builtInPrinciples,
  resolvePrinciples,
  type ResolvedPrinciple,
} from '../../../shared/domain/principles';

// Principle settings (renames, custom principles) are not stored anywhere yet, so the flow
// resolves the built-ins with no settings; once they are stored, read them here.
const visiblePrinciples = resolvePrinciples(builtInPrinciples, []).filter((principle) => !principle.isHidden);

/** The principles the guided flow walks through, one step each, in order. */
export function usePrinciples(): readonly ResolvedPrinciple[] {
  return visiblePrinciples;
}
