import { describe, expect, it } from 'vitest';
import type { ProgressFact } from '../../../../shared/progress/progressFact';
import { buildSessionAgenda } from '../../../../renderer/features/coach/sessionAgenda';

function fact(id: string, day: string, overrides: Partial<ProgressFact> = {}): ProgressFact {
  return {
    id,
    day,
    outcome: null,
    principles: {},
    escalated: null,
    trust: null,
    relationshipAfter: null,
    personIds: [],
    relationship: null,
    tags: [],
    usedManipulativeTactic: false,
    ...overrides,
  };
}

describe('the session agenda', () => {
  const facts = [
    fact('c', '2026-03-20', { escalated: 'yes' }),
    fact('a', '2026-03-02', { usedManipulativeTactic: true }),
    fact('b', '2026-03-10', { escalated: 'considered', usedManipulativeTactic: true }),
    fact('d', '2026-03-25', { escalated: 'no' }),
  ];

  it('lists tactics and escalations to the manager in the order they happened, and nothing else', () => {
    const agenda = buildSessionAgenda(facts, []);
    expect(agenda.manipulativeTactics).toEqual(['a', 'b']);
    // "Considered" is not an escalation: only the ones that went to the manager.
    expect(agenda.escalations).toEqual(['c']);
    expect(agenda.flagged).toEqual([]);
  });

  it('orders flagged reflections by day, with flagged drafts (no fact) last, each once', () => {
    expect(buildSessionAgenda(facts, ['draft-1', 'd', 'a', 'd']).flagged).toEqual(['a', 'd', 'draft-1']);
  });
});
