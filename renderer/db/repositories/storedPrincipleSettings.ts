import { principleSettingsSchema, type PrincipleSetting } from '../../../shared/domain/principles';
import { unreadablePrincipleSettingsMessage } from './principleSettingsRepository';

export interface StoredPrincipleSettings {
  readonly settings: readonly PrincipleSetting[];
  /** Why the stored value was set aside for the built-ins, or null when it was read as saved. */
  readonly problem: string | null;
}

/** A missing row is a journal nobody has customized; anything that fails the schema is set aside, never thrown. */
export function parseStoredPrincipleSettings(value: unknown): StoredPrincipleSettings {
  if (value === undefined) return { settings: [], problem: null };
  const result = principleSettingsSchema.safeParse(value);
  return result.success
    ? { settings: result.data, problem: null }
    : { settings: [], problem: unreadablePrincipleSettingsMessage };
}
