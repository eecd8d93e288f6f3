import { describe, expect, it } from 'vitest';
import { builtInPrinciples, resolvePrinciples } from '../../../../shared/domain/principles';
import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { reportProgressInput } from '../../../../renderer/features/data/reportSummary';

const dana = {
  ...createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' }),
  relationship: 'peer' as const,
};

function reflection(iso: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/London' }),
    status: 'complete',
    personIds: [dana.id],
    asked: `Asked on ${iso}`,
    ...overrides,
  };
}

const principles = resolvePrinciples(builtInPrinciples, [
  { kind: 'override', principleId: 'sphere-of-influence', isHidden: true },
]);

describe('the report’s Progress figures', () => {
  it('are drawn from the facts of exactly the reflections in the report, over its period', () => {
    const complete = reflection('2026-02-20T10:00:00Z');
    const draft = reflection('2026-02-21T10:00:00Z', { status: 'draft' });
    const input = reportProgressInput(
      { reflections: [complete, draft], people: [dana] },
      principles,
      { from: '2026-02-01', to: null },
      '2026-03-31',
      1,
    );
    expect(input.facts.map(({ id }) => id)).toEqual([complete.id]);
    expect(input.range).toEqual({ from: '2026-02-01', to: '2026-03-31' });
    expect(input.weekStartsOn).toBe(1);
    expect(input.recordedRelationships?.get(dana.id)).toBe('peer');
  });

  it('leave hidden principles out, as the Progress page does', () => {
    const input = reportProgressInput(
      { reflections: [], people: [] },
      principles,
      { from: null, to: '2026-02-28' },
      '2026-03-31',
      0,
    );
    const shown = input.principles.map(({ id }) => id);
    expect(shown).not.toContain('sphere-of-influence');
    expect(shown).toEqual(principles.filter(({ isHidden }) => !isHidden).map(({ id }) => id));
    expect(input.range).toEqual({ from: null, to: '2026-02-28' });
  });
});
