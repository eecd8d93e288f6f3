import { findNegotiationTactic, type PrincipleCheckId } from './principleChecks';
import type { BuiltInPrincipleId, ResolvedPrinciple } from './principles';
import type { PrincipleEntry, Reflection } from './reflectionSchema';

export interface PrincipleSummary {
  readonly principleId: string;
  readonly title: string;
  readonly applied: boolean | null;
  readonly rating: number | null;
  readonly answeredCheckCount: number;
}

export type SummaryNoteKind = 'manipulative-tactic' | 'escalated-to-manager' | 'low-trust';

export interface SummaryNote {
  readonly kind: SummaryNoteKind;
  readonly principleId: BuiltInPrincipleId;
  readonly message: string;
  /** Set for manipulative-tactic notes: the tactic the note is about. */
  readonly tacticId?: string;
}

export interface ReflectionSummary {
  readonly principles: readonly PrincipleSummary[];
  readonly notes: readonly SummaryNote[];
}

const LOW_TRUST_AT_MOST = 2;

const escalationNote =
  'You took this one to your manager. Sometimes that is the right call. Next time, one direct conversation first ' +
  'could let the two of you own the problem together, which is what being an empowered adult looks like.';

const lowTrustNote =
  'Trust sounds low after this. Small promises kept on time, and saying openly what you need, are usually the ' +
  'quickest way to rebuild it.';

function isAnswered(answer: unknown): boolean {
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return typeof answer === 'number';
}

function checkAnswer(
  reflection: Reflection,
  principleId: BuiltInPrincipleId,
  checkId: PrincipleCheckId,
): unknown {
  return reflection.principles[principleId]?.checks[checkId];
}

function summarizePrinciple(
  principleId: string,
  title: string,
  entry: PrincipleEntry | undefined,
): PrincipleSummary {
  return {
    principleId,
    title,
    applied: entry?.applied ?? null,
    rating: entry?.rating ?? null,
    answeredCheckCount: entry === undefined ? 0 : Object.values(entry.checks).filter(isAnswered).length,
  };
}

function gentleNotes(reflection: Reflection): SummaryNote[] {
  const notes: SummaryNote[] = [];
  const tactics = checkAnswer(reflection, 'negotiate-dont-manipulate', 'tactics-used');
  for (const tacticId of Array.isArray(tactics) ? tactics : []) {
    const tactic = typeof tacticId === 'string' ? findNegotiationTactic(tacticId) : undefined;
    if (tactic?.isManipulative !== true) continue;
    notes.push({
      kind: 'manipulative-tactic',
      principleId: 'negotiate-dont-manipulate',
      tacticId: tactic.id,
      message: `You noted "${tactic.label}", and it takes honesty to write that down. ${tactic.collaborativeAlternative}`,
    });
  }
  if (checkAnswer(reflection, 'empowered-adults', 'escalated-to-manager') === 'yes') {
    notes.push({ kind: 'escalated-to-manager', principleId: 'empowered-adults', message: escalationNote });
  }
  const trust = checkAnswer(reflection, 'build-partnerships', 'trust');
  if (typeof trust === 'number' && trust <= LOW_TRUST_AT_MOST) {
    notes.push({ kind: 'low-trust', principleId: 'build-partnerships', message: lowTrustNote });
  }
  return notes;
}

/**
 * What the confirm step shows: one line per principle the person can see (plus hidden or
 * removed ones the reflection still has answers for), and gentle notes that point at a
 * collaborative alternative rather than judging.
 */
export function summarizeReflection(
  reflection: Reflection,
  principles: readonly ResolvedPrinciple[],
): ReflectionSummary {
  const known = new Set(principles.map(({ id }) => id));
  const listed = principles
    .filter(({ id, isHidden }) => !isHidden || reflection.principles[id] !== undefined)
    .map(({ id, title }) => summarizePrinciple(id, title, reflection.principles[id]));
  const removed = Object.entries(reflection.principles)
    .filter(([id]) => !known.has(id))
    .map(([id, entry]) => summarizePrinciple(id, 'Removed principle', entry));
  return { principles: [...listed, ...removed], notes: gentleNotes(reflection) };
}
