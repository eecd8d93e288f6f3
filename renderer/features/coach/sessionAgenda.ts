import type { ProgressFact } from '../../../shared/progress/progressFact';

export interface SessionAgenda {
  /** Reflections the coach marked "Needs discussion", in the order they happened (undated last). */
  readonly flagged: readonly string[];
  /** Reflections where the client used a tactic the journal counts as manipulative. */
  readonly manipulativeTactics: readonly string[];
  /** Reflections where the client took the request to their manager. */
  readonly escalations: readonly string[];
}

const byDayThenId = (a: ProgressFact, b: ProgressFact) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * What to talk about in the next session, from the client's progress facts (complete
 * reflections only, as Progress counts them) and the coach's flags (which may be on drafts).
 */
export function buildSessionAgenda(
  facts: readonly ProgressFact[],
  flaggedIds: readonly string[],
): SessionAgenda {
  const sorted = [...facts].sort(byDayThenId);
  const order = new Map(sorted.map((fact, index) => [fact.id, index]));
  const flagged = [...new Set(flaggedIds)].sort(
    (a, b) =>
      (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    flagged,
    manipulativeTactics: sorted.filter((fact) => fact.usedManipulativeTactic).map((fact) => fact.id),
    escalations: sorted.filter((fact) => fact.escalated === 'yes').map((fact) => fact.id),
  };
}
