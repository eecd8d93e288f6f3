import { describe, expect, it } from 'vitest';
import {
  builtInPrincipleIds,
  builtInPrinciples,
  createCustomPrinciple,
  fieldErrors,
  principleSettingSchema,
  resolvePrinciples,
  type PrincipleSetting,
} from '../../../../shared/domain';

const NOW = new Date('2026-03-14T13:30:00.000Z');

describe('builtInPrinciples', () => {
  it('has the four principles with their stable ids in order', () => {
    expect(builtInPrinciples.map(({ id }) => id)).toEqual([
      'empowered-adults',
      'sphere-of-influence',
      'negotiate-dont-manipulate',
      'build-partnerships',
    ]);
    expect(builtInPrincipleIds).toEqual(builtInPrinciples.map(({ id }) => id));
  });

  it('uses the short heading for the sphere of influence', () => {
    expect(builtInPrinciples[1].title).toBe('Sphere of influence');
  });

  it('gives every principle a description and two to four reflection prompts', () => {
    for (const principle of builtInPrinciples) {
      expect(principle.description.length).toBeGreaterThan(20);
      expect(principle.prompts.length).toBeGreaterThanOrEqual(2);
      expect(principle.prompts.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('resolvePrinciples', () => {
  it('returns the built-ins unchanged and visible when there are no settings', () => {
    const resolved = resolvePrinciples(builtInPrinciples, []);
    expect(
      resolved.map(({ id, title, isBuiltIn, isHidden }) => ({ id, title, isBuiltIn, isHidden })),
    ).toEqual(builtInPrinciples.map(({ id, title }) => ({ id, title, isBuiltIn: true, isHidden: false })));
  });

  it('renames and hides a built-in without changing its id', () => {
    const settings: PrincipleSetting[] = [
      { kind: 'override', principleId: 'empowered-adults', title: 'Own it' },
      { kind: 'override', principleId: 'build-partnerships', isHidden: true },
    ];
    const resolved = resolvePrinciples(builtInPrinciples, settings);
    expect(resolved.map(({ id }) => id)).toEqual([...builtInPrincipleIds]);
    expect(resolved[0]).toMatchObject({ id: 'empowered-adults', title: 'Own it', isHidden: false });
    expect(resolved[3]).toMatchObject({
      id: 'build-partnerships',
      title: 'Build partnerships',
      isHidden: true,
    });
  });

  it('lets a later override win and can unhide a principle', () => {
    const resolved = resolvePrinciples(builtInPrinciples, [
      { kind: 'override', principleId: 'sphere-of-influence', isHidden: true, title: 'First' },
      { kind: 'override', principleId: 'sphere-of-influence', isHidden: false, title: 'Second' },
    ]);
    expect(resolved[1]).toMatchObject({ title: 'Second', isHidden: false });
  });

  it('appends custom principles after the built-ins and applies overrides to them too', () => {
    const custom = createCustomPrinciple({
      now: NOW,
      title: 'Listen first',
      prompts: ['Did I listen before I spoke?'],
    });
    const resolved = resolvePrinciples(builtInPrinciples, [
      { kind: 'override', principleId: custom.id, title: 'Listen before speaking' },
      custom,
    ]);
    expect(resolved).toHaveLength(5);
    expect(resolved[4]).toEqual({
      id: custom.id,
      title: 'Listen before speaking',
      description: '',
      prompts: ['Did I listen before I spoke?'],
      isBuiltIn: false,
      isHidden: false,
    });
  });

  it('ignores overrides for ids it does not know', () => {
    const resolved = resolvePrinciples(builtInPrinciples, [
      { kind: 'override', principleId: '019ce0a2-5d40-7000-8000-00000000abcd', title: 'Ghost' },
    ]);
    expect(resolved.map(({ title }) => title)).toEqual(builtInPrinciples.map(({ title }) => title));
  });

  it('never lets a custom principle replace a built-in', () => {
    const impostor: PrincipleSetting = {
      kind: 'custom',
      id: 'empowered-adults',
      title: 'Impostor',
      description: '',
      prompts: [],
      isHidden: false,
    };
    const resolved = resolvePrinciples(builtInPrinciples, [impostor]);
    expect(resolved[0]?.title).toBe('Empowered adults');
    expect(resolved).toHaveLength(4);
  });
});

describe('createCustomPrinciple', () => {
  it('generates a UUIDv7 id stamped with the given time', () => {
    const custom = createCustomPrinciple({ now: NOW, title: '  Listen first  ' });
    expect(custom.title).toBe('Listen first');
    expect(custom.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(parseInt(custom.id.replace('-', '').slice(0, 12), 16)).toBe(NOW.getTime());
  });
});

describe('principleSettingSchema', () => {
  it('rejects an empty or overlong title with a message naming the field', () => {
    const empty = principleSettingSchema.safeParse({
      kind: 'override',
      principleId: 'empowered-adults',
      title: '   ',
    });
    expect(empty.success ? {} : fieldErrors(empty.error)).toEqual({
      title: 'Principle name cannot be empty',
    });
    const long = principleSettingSchema.safeParse({
      kind: 'override',
      principleId: 'empowered-adults',
      title: 'x'.repeat(201),
    });
    expect(long.success ? {} : fieldErrors(long.error)).toEqual({
      title: 'Principle name is too long (200 characters at most)',
    });
  });

  it('rejects a custom principle whose id is not generated', () => {
    const result = principleSettingSchema.safeParse({ kind: 'custom', id: 'my-principle', title: 'Mine' });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({
      id: 'Custom principle id must be a UUIDv7 such as 0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d',
    });
  });

  it('rejects an override that tries to set an id', () => {
    const result = principleSettingSchema.safeParse({
      kind: 'override',
      principleId: 'empowered-adults',
      id: 'x',
    });
    expect(result.success).toBe(false);
  });
});
