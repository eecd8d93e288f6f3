import { createDraftReflection, type Reflection } from '../../../../shared/domain';

export const FIXED_NOW = new Date('2026-03-14T13:30:00.000Z');
export const PERSON_ID = '019ce0a2-5d40-7a1b-8c3d-1e2f3a4b5c6d';
export const REFLECTION_ID = '019ce0a2-5d40-7000-8000-000000000001';

/** A reflection that passes the complete schema; tests change one thing at a time. */
export function completeReflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: FIXED_NOW, timeZone: 'Europe/Paris', id: REFLECTION_ID }),
    personIds: [PERSON_ID],
    asked: 'Asked Tom for the product details a week early.',
    ...overrides,
  };
}
