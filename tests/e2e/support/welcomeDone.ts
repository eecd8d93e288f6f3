import { WELCOME_STORAGE_KEY, type WelcomeRecord } from '../../../renderer/features/welcome/welcomeState';

/**
 * The browser specs start from an empty journal and expect the Journal page, as a person who has
 * already been through the welcome would see it. Every web spec's context starts with the
 * welcome recorded as done, under the app's own key, through Playwright's storage state (set in
 * playwright.config.ts, the one place every spec's page comes from). Only firstRun.spec.ts
 * starts without it, to meet the welcome as a new person does.
 */
export function welcomeDoneStorageState(origin: string) {
  const record: WelcomeRecord = { outcome: 'done', at: '2026-01-01T00:00:00.000Z' };
  return {
    cookies: [],
    origins: [{ origin, localStorage: [{ name: WELCOME_STORAGE_KEY, value: JSON.stringify(record) }] }],
  };
}

/** For a spec that meets the welcome: nothing stored at all. */
export const newPersonStorageState = { cookies: [], origins: [] };
