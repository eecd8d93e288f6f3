import type { Person } from '../../../../shared/domain/personSchema';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { completeReflection } from '../domain/reflectionFixture';

export const PRIYA: Person = {
  id: '019ce0a2-5d40-7a1b-8c3d-00000000000a',
  name: 'Priya Raman',
  role: '',
  team: '',
  relationship: 'peer',
  notes: '',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

export const LEA: Person = { ...PRIYA, id: '019ce0a2-5d40-7a1b-8c3d-00000000000b', name: 'Léa Dubois' };

export const peopleById = new Map([PRIYA, LEA].map((person) => [person.id, person]));

/** A reflection with every kind of text filled in, so each one can be looked for. */
export function richReflection(overrides: Partial<Reflection> = {}): Reflection {
  return completeReflection({
    personIds: [PRIYA.id, LEA.id],
    relationship: 'peer',
    outcome: 'partly-achieved',
    asked: 'Asked for the quarterly budget numbers before planning',
    context: 'Finance closes the books on Friday.',
    approach: 'Offered to share the forecast spreadsheet.',
    expected: 'A quick yes.',
    actual: 'She needed sign-off from her director.',
    whyDifferent: 'The director was travelling.',
    learned: 'Ask earlier when a director must approve.',
    nextStep: { text: 'Book a slot with the director', followUpAt: null, timeZone: 'Europe/Paris' },
    principles: {
      'build-partnerships': {
        applied: true,
        rating: 4,
        notes: 'Kept the relationship warm with a thank-you note.',
        checks: {
          'next-together': 'Review the zeppelin launch figures together',
          'relationship-after': 'better',
        },
      },
      'empowered-adults': { applied: false, rating: null, notes: '', checks: {} },
    },
    tags: ['Budget', 'finance'],
    starred: true,
    ...overrides,
  });
}
