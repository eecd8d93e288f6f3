import { describe, expect, it } from 'vitest';
import {
  isWeekStartPreference,
  resolveWeekStart,
  weekStartPreferenceLabels,
  weekStartPreferences,
} from '../../../../shared/domain/weekStartPreference';
import { weekStartPreferenceSchema } from '../../../../shared/domain/weekStartPreferenceSchema';

describe('first day of the week', () => {
  it('follows the language when nothing was chosen', () => {
    expect(resolveWeekStart('locale', 0)).toBe(0);
    expect(resolveWeekStart('locale', 1)).toBe(1);
    expect(resolveWeekStart('locale', 6)).toBe(6);
  });

  it('uses the chosen day whatever the language says', () => {
    expect(resolveWeekStart('monday', 0)).toBe(1);
    expect(resolveWeekStart('sunday', 1)).toBe(0);
    expect(resolveWeekStart('saturday', 1)).toBe(6);
  });

  it('offers the four choices in the words of the Settings page', () => {
    expect(Object.values(weekStartPreferenceLabels)).toEqual([
      'From my language settings',
      'Monday',
      'Sunday',
      'Saturday',
    ]);
  });

  it('accepts only those four', () => {
    expect(weekStartPreferenceSchema.safeParse('sunday').success).toBe(true);
    expect(weekStartPreferenceSchema.safeParse('tuesday').success).toBe(false);
    expect(weekStartPreferenceSchema.safeParse(1).success).toBe(false);
  });

  it('reads a stored choice without zod by the same rule as the schema', () => {
    for (const candidate of [...weekStartPreferences, 'tuesday', 'Monday', 1, null, undefined, ['monday']]) {
      expect(isWeekStartPreference(candidate)).toBe(weekStartPreferenceSchema.safeParse(candidate).success);
    }
  });
});
