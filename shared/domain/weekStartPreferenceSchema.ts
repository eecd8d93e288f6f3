import { z } from 'zod';
import { weekStartPreferences } from './weekStartPreference';

/** What a write of the first day of the week must be; reads use isWeekStartPreference. */
export const weekStartPreferenceSchema = z.enum(weekStartPreferences);
