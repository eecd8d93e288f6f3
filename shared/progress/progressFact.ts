import { findNegotiationTactic } from '../domain/principleChecks';
import type { Outcome, Relationship } from '../domain/reflectionLabels';
import type { Reflection } from '../domain/reflectionSchema';

export type EscalationAnswer = 'no' | 'considered' | 'yes';
export type RelationshipAfter = 'better' | 'same' | 'worse';

export interface PrincipleFact {
  readonly applied: boolean | null;
  readonly rating: number | null;
}

/**
 * What Progress needs from one complete reflection, and nothing it does not: no text the
 * person wrote, so reading a year of facts costs a fraction of reading the reflections.
 */
export interface ProgressFact {
  readonly id: string;
  /** The local day it happened, `YYYY-MM-DD`, in the reflection's own zone (occurredAt is wall time). */
  readonly day: string;
  readonly outcome: Outcome | null;
  readonly principles: Readonly<Record<string, PrincipleFact>>;
  readonly escalated: EscalationAnswer | null;
  readonly trust: number | null;
  readonly relationshipAfter: RelationshipAfter | null;
  readonly personIds: readonly string[];
  readonly relationship: Relationship | null;
  readonly tags: readonly string[];
  readonly usedManipulativeTactic: boolean;
}

const escalationAnswers: readonly string[] = ['no', 'considered', 'yes'];
const relationshipAfterAnswers: readonly string[] = ['better', 'same', 'worse'];

function choice<T extends string>(answer: unknown, allowed: readonly string[]): T | null {
  return typeof answer === 'string' && allowed.includes(answer) ? (answer as T) : null;
}

/**
 * The fact for a reflection, or null when Progress should not count it: drafts, reflections
 * in the Trash, and any without a day (a complete one always has one; a stored record from a
 * future version might not).
 */
export function toProgressFact(reflection: Reflection): ProgressFact | null {
  if (reflection.status !== 'complete' || reflection.deletedAt !== null) return null;
  const day = reflection.occurredAt?.slice(0, 10) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;

  const principles: Record<string, PrincipleFact> = {};
  for (const [id, entry] of Object.entries(reflection.principles)) {
    principles[id] = { applied: entry.applied, rating: entry.rating };
  }
  const empowered = reflection.principles['empowered-adults']?.checks ?? {};
  const partnership = reflection.principles['build-partnerships']?.checks ?? {};
  const tactics = reflection.principles['negotiate-dont-manipulate']?.checks['tactics-used'];
  const trust = partnership['trust'];

  return {
    id: reflection.id,
    day,
    outcome: reflection.outcome,
    principles,
    escalated: choice<EscalationAnswer>(empowered['escalated-to-manager'], escalationAnswers),
    trust: typeof trust === 'number' ? trust : null,
    relationshipAfter: choice<RelationshipAfter>(partnership['relationship-after'], relationshipAfterAnswers),
    personIds: [...reflection.personIds],
    relationship: reflection.relationship,
    tags: [...reflection.tags],
    usedManipulativeTactic:
      Array.isArray(tactics) && tactics.some((id) => findNegotiationTactic(id)?.isManipulative === true),
  };
}
