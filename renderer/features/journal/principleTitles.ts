import {
  builtInPrinciples,
  resolvePrinciples,
  type ResolvedPrinciple,
} from '../../../shared/domain/principles';

/**
 * The principles as the person sees them. Settings do not store custom principles or
 * renames yet; when they do, their list replaces the empty one here.
 */
export const journalPrinciples: readonly ResolvedPrinciple[] = resolvePrinciples(builtInPrinciples, []);

const titleById = new Map(journalPrinciples.map(({ id, title }) => [id, title]));

export function principleTitle(principleId: string): string {
  return titleById.get(principleId) ?? 'Removed principle';
}
