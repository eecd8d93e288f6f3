import { describe, expect, it } from 'vitest';
import { createPerson, fieldErrors, personSchema } from '../../../../shared/domain';
import { FIXED_NOW, PERSON_ID } from './reflectionFixture';

describe('personSchema', () => {
  it('creates a person with a trimmed name and empty optional fields', () => {
    expect(createPerson({ now: FIXED_NOW, name: '  Tom Reyes ', id: PERSON_ID })).toEqual({
      id: PERSON_ID,
      name: 'Tom Reyes',
      role: '',
      team: '',
      relationship: null,
      notes: '',
      createdAt: '2026-03-14T13:30:00.000Z',
      updatedAt: '2026-03-14T13:30:00.000Z',
    });
  });

  it('rejects a blank name and a name over 200 characters', () => {
    const base = createPerson({ now: FIXED_NOW, name: 'Tom', id: PERSON_ID });
    const blank = personSchema.safeParse({ ...base, name: '   ' });
    expect(blank.success ? {} : fieldErrors(blank.error)).toEqual({ name: 'Name cannot be empty' });
    const long = personSchema.safeParse({ ...base, name: 'n'.repeat(201) });
    expect(long.success ? {} : fieldErrors(long.error)).toEqual({
      name: 'Name is too long (200 characters at most)',
    });
  });

  it('caps role and team at 200 characters and checks the relationship', () => {
    const base = createPerson({ now: FIXED_NOW, name: 'Tom', id: PERSON_ID });
    const result = personSchema.safeParse({
      ...base,
      role: 'r'.repeat(201),
      team: 't'.repeat(201),
      relationship: 'boss',
    });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({
      role: 'Role is too long (200 characters at most)',
      team: 'Team is too long (200 characters at most)',
      relationship:
        'Relationship must be one of: Manager, Peer, Direct report, Other department, External, Other',
    });
  });
});
