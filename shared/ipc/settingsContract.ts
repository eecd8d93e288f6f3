import { z } from 'zod';

/** The person's choices about how the desktop app runs. */
export const appSettingsSchema = z.strictObject({
  keepRunningInBackground: z.boolean({ error: 'keepRunningInBackground must be true or false' }),
  startAtLogin: z.boolean({ error: 'startAtLogin must be true or false' }),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/**
 * The settings file in the data folder. `latestReflectionAt` is not a choice but a fact the page
 * reports (main cannot read the journal); it is kept here so skip-if-reflected works after a
 * restart with no window open.
 */
export const settingsFileSchema = z.strictObject({
  version: z.literal(1, { error: 'Version must be 1' }),
  ...appSettingsSchema.shape,
  latestReflectionAt: z.iso.datetime().nullable(),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const settingsSupportSchema = z.strictObject({
  keepRunningInBackground: z.boolean(),
  startAtLogin: z.boolean(),
});
export type SettingsSupport = z.infer<typeof settingsSupportSchema>;

export const settingsViewSchema = z.strictObject({
  settings: appSettingsSchema,
  /** Which settings this platform can honour (the browser build honours neither). */
  supports: settingsSupportSchema,
  /** Where an unreadable settings file was moved, so the page can say so. */
  corruptFileMovedTo: z.string().max(4096).optional(),
  /** A setting that was saved but could not be applied to the system, in words. */
  problem: z.string().max(500).optional(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const settingsPatchSchema = appSettingsSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, {
    error: 'Settings update must change at least one setting',
  });
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsInvokeContract = {
  'settings:get': { request: z.undefined(), response: settingsViewSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsViewSchema },
} as const;
