import type { ProgressFact } from '../../../../shared/progress/progressFact';

let counter = 0;

/** A fact with nothing recorded but its day, plus whatever a test sets. */
export function fact(day: string, overrides: Partial<ProgressFact> = {}): ProgressFact {
  counter += 1;
  return {
    id: `fact-${String(counter).padStart(6, '0')}`,
    day,
    outcome: null,
    principles: {},
    escalated: null,
    trust: null,
    relationshipAfter: null,
    personIds: ['dana'],
    relationship: null,
    tags: [],
    usedManipulativeTactic: false,
    ...overrides,
  };
}

export function rated(principleId: string, rating: number | null, applied: boolean | null = null) {
  return { [principleId]: { applied, rating } };
}
