import { describe, expect, it } from 'vitest';
import {
  builtInPrinciples,
  createCustomPrinciple,
  resolvePrinciples,
  summarizeReflection,
  type PrincipleEntry,
} from '../../../../shared/domain';
import { completeReflection, FIXED_NOW } from './reflectionFixture';

const principles = resolvePrinciples(builtInPrinciples, []);

function entry(
  checks: PrincipleEntry['checks'] = {},
  overrides: Partial<PrincipleEntry> = {},
): PrincipleEntry {
  return { applied: true, rating: 4, notes: '', checks, ...overrides };
}

describe('summarizeReflection', () => {
  it('lists every visible principle with its rating, applied flag and answered checks', () => {
    const reflection = completeReflection({
      principles: {
        'empowered-adults': entry({ 'what-i-owned': 'The follow-up', 'my-contribution': '  ' }),
        'build-partnerships': entry({}, { applied: false, rating: null }),
      },
    });
    const summary = summarizeReflection(reflection, principles);
    expect(summary.principles).toEqual([
      {
        principleId: 'empowered-adults',
        title: 'Empowered adults',
        applied: true,
        rating: 4,
        answeredCheckCount: 1,
      },
      {
        principleId: 'sphere-of-influence',
        title: 'Sphere of influence',
        applied: null,
        rating: null,
        answeredCheckCount: 0,
      },
      {
        principleId: 'negotiate-dont-manipulate',
        title: "Negotiate, don't manipulate",
        applied: null,
        rating: null,
        answeredCheckCount: 0,
      },
      {
        principleId: 'build-partnerships',
        title: 'Build partnerships',
        applied: false,
        rating: null,
        answeredCheckCount: 0,
      },
    ]);
    expect(summary.notes).toEqual([]);
  });

  it('uses renamed titles, skips hidden principles without answers and keeps removed ones that have answers', () => {
    const custom = createCustomPrinciple({ now: FIXED_NOW, title: 'Listen first' });
    const resolved = resolvePrinciples(builtInPrinciples, [
      { kind: 'override', principleId: 'sphere-of-influence', isHidden: true },
      { kind: 'override', principleId: 'empowered-adults', title: 'Own it' },
    ]);
    const reflection = completeReflection({ principles: { [custom.id]: entry() } });
    const summary = summarizeReflection(reflection, resolved);
    expect(summary.principles.map(({ title }) => title)).toEqual([
      'Own it',
      "Negotiate, don't manipulate",
      'Build partnerships',
      'Removed principle',
    ]);
  });

  it('adds a gentle note with a collaborative alternative for each manipulative tactic', () => {
    const reflection = completeReflection({
      principles: {
        'negotiate-dont-manipulate': entry({
          'tactics-used': ['shared-data', 'silence-as-pressure', 'false-urgency'],
        }),
      },
    });
    const notes = summarizeReflection(reflection, principles).notes;
    expect(notes.map(({ kind, tacticId }) => [kind, tacticId])).toEqual([
      ['manipulative-tactic', 'silence-as-pressure'],
      ['manipulative-tactic', 'false-urgency'],
    ]);
    expect(notes[0]?.message).toContain('Used silence as pressure');
    expect(notes[0]?.message).toContain('say plainly what you need');
    expect(notes[1]?.message).toContain('real timeline');
  });

  it('adds no tactic note when only collaborative tactics were used', () => {
    const reflection = completeReflection({
      principles: {
        'negotiate-dont-manipulate': entry({ 'tactics-used': ['shared-data', 'fair-criteria'] }),
      },
    });
    expect(summarizeReflection(reflection, principles).notes).toEqual([]);
  });

  it('adds an empowered-adult note only when the problem was taken to the manager', () => {
    const noteKinds = (answer: string) =>
      summarizeReflection(
        completeReflection({ principles: { 'empowered-adults': entry({ 'escalated-to-manager': answer }) } }),
        principles,
      ).notes.map(({ kind }) => kind);
    expect(noteKinds('yes')).toEqual(['escalated-to-manager']);
    expect(noteKinds('considered')).toEqual([]);
    expect(noteKinds('no')).toEqual([]);
  });

  it('adds a rebuilding-trust note when trust is 2 or lower', () => {
    const noteFor = (trust: number) =>
      summarizeReflection(
        completeReflection({ principles: { 'build-partnerships': entry({ trust }) } }),
        principles,
      ).notes;
    expect(noteFor(2).map(({ kind, principleId }) => [kind, principleId])).toEqual([
      ['low-trust', 'build-partnerships'],
    ]);
    expect(noteFor(1)).toHaveLength(1);
    expect(noteFor(3)).toEqual([]);
  });

  it('keeps its notes free of blaming words', () => {
    const reflection = completeReflection({
      principles: {
        'empowered-adults': entry({ 'escalated-to-manager': 'yes' }),
        'negotiate-dont-manipulate': entry({
          'tactics-used': ['threats', 'misinformation', 'withheld-information'],
        }),
        'build-partnerships': entry({ trust: 1 }),
      },
    });
    const notes = summarizeReflection(reflection, principles).notes;
    expect(notes).toHaveLength(5);
    for (const { message } of notes) expect(message).not.toMatch(/\b(wrong|bad|should have|failed|never)\b/i);
  });
});
