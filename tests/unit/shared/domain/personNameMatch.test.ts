import { describe, expect, it } from 'vitest';
import { findSameName, nameStartsWith, personMatchKey } from '../../../../shared/domain/personNameMatch';

describe('person name matching', () => {
  it('reads a name the same whatever its case, accents and spacing', () => {
    expect(personMatchKey('  daniel   OKAFOR ')).toBe('daniel okafor');
    expect(personMatchKey('Dániel Økafor')).not.toBe(personMatchKey('Daniel Okafor'));
    expect(personMatchKey('Dániel Okafor')).toBe('daniel okafor');
    expect(personMatchKey('Zoë\tAdébáyò')).toBe('zoe adebayo');
  });

  it('finds the person already in the journal under a name typed differently', () => {
    const people = [{ name: 'Dana Fox' }, { name: 'Daniel Okafor' }];
    expect(findSameName(people, 'daniel okafor')).toEqual({ name: 'Daniel Okafor' });
    expect(findSameName(people, 'Daniel  Okafor ')).toEqual({ name: 'Daniel Okafor' });
    expect(findSameName(people, 'Dániel Okafor')).toEqual({ name: 'Daniel Okafor' });
    expect(findSameName(people, 'Daniel')).toBeUndefined();
    expect(findSameName(people, '   ')).toBeUndefined();
  });

  it('matches the start of any word of a name', () => {
    expect(nameStartsWith('Daniel Okafor', 'oka')).toBe(true);
    expect(nameStartsWith('Daniel Okafor', 'DAN')).toBe(true);
    expect(nameStartsWith('Daniel Okafor', 'afor')).toBe(false);
  });
});
