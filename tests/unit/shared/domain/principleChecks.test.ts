import { describe, expect, it } from 'vitest';
import {
  builtInPrincipleIds,
  checksForPrinciple,
  findNegotiationTactic,
  negotiationTactics,
  principleChecks,
} from '../../../../shared/domain';

describe('principleChecks', () => {
  it('references only principles that exist', () => {
    const known = new Set<string>(builtInPrincipleIds);
    for (const check of principleChecks) expect(known.has(check.principleId)).toBe(true);
  });

  it('gives every check a unique id', () => {
    const ids = principleChecks.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the agreed checks for each principle, in order', () => {
    const shape = (principleId: string) =>
      checksForPrinciple(principleId).map(({ id, kind }) => `${id}:${kind}`);
    expect(shape('empowered-adults')).toEqual([
      'escalated-to-manager:choice',
      'what-i-owned:text',
      'my-contribution:text',
    ]);
    expect(shape('sphere-of-influence')).toEqual([
      'shared-goal:text',
      'overlapping-accountability:text',
      'in-it-for-them:text',
      'what-they-value:text',
      'currencies-exchanged:text',
    ]);
    expect(shape('negotiate-dont-manipulate')).toEqual([
      'their-interests:text',
      'knowledge-used:text',
      'options-considered:text',
      'tactics-used:multi-choice',
      'honesty-check:text',
    ]);
    expect(shape('build-partnerships')).toEqual([
      'relationship-after:choice',
      'trust:rating',
      'next-together:text',
    ]);
  });

  it('offers no / considered / yes for escalation and better / same / worse for the relationship', () => {
    const optionIds = (checkId: string) => {
      const check = principleChecks.find(({ id }) => id === checkId);
      return check !== undefined && 'options' in check ? check.options.map(({ id }) => id) : [];
    };
    expect(optionIds('escalated-to-manager')).toEqual(['no', 'considered', 'yes']);
    expect(optionIds('relationship-after')).toEqual(['better', 'same', 'worse']);
    expect(optionIds('tactics-used')).toEqual(negotiationTactics.map(({ id }) => id));
  });

  it('asks the honesty question in plain words', () => {
    expect(principleChecks.find(({ id }) => id === 'honesty-check')?.label).toBe(
      'Anything I withheld or shaded?',
    );
  });

  it('rates trust from 1 to 5', () => {
    expect(principleChecks.find(({ id }) => id === 'trust')).toMatchObject({
      kind: 'rating',
      min: 1,
      max: 5,
    });
  });
});

describe('negotiationTactics', () => {
  it('lists both collaborative and manipulative tactics with unique ids', () => {
    const ids = negotiationTactics.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(negotiationTactics.filter((tactic) => !tactic.isManipulative).map(({ id }) => id)).toEqual([
      'shared-data',
      'asked-priorities',
      'offered-options',
      'fair-criteria',
    ]);
    expect(negotiationTactics.filter((tactic) => tactic.isManipulative).map(({ id }) => id)).toEqual([
      'silence-as-pressure',
      'withheld-information',
      'misinformation',
      'false-urgency',
      'threats',
      'went-over-their-head',
    ]);
  });

  it('pairs every manipulative tactic with a collaborative alternative', () => {
    for (const tactic of negotiationTactics) {
      if (tactic.isManipulative) expect(tactic.collaborativeAlternative.length).toBeGreaterThan(20);
    }
  });

  it('finds a tactic by id and returns undefined for an unknown one', () => {
    expect(findNegotiationTactic('threats')?.isManipulative).toBe(true);
    expect(findNegotiationTactic('bribery')).toBeUndefined();
  });
});
