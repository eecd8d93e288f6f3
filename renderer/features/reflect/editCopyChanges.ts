import type { Reflection } from '../../../shared/domain/reflectionSchema';

/**
 * Fields that say how the reflection is shown, not what it says: switching between the quick note
 * and the full flow while editing a saved reflection writes nothing the person would miss.
 */
const VIEW_ONLY_FIELDS: ReadonlySet<string> = new Set<keyof Reflection>(['mode']);

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // Lists and maps come back as new objects after a reload; compared by what they hold.
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether an edit copy holds anything the person wrote or chose beyond `baseline`: what decides
 * "Changes not saved yet" and whether leaving asks first. Text typed and typed back counts as no change.
 */
export function hasRealEdits(copy: Reflection, baseline: Reflection): boolean {
  if (copy === baseline) return false;
  const keys = new Set([...Object.keys(copy), ...Object.keys(baseline)]);
  for (const key of keys) {
    if (VIEW_ONLY_FIELDS.has(key)) continue;
    if (!sameValue(copy[key as keyof Reflection], baseline[key as keyof Reflection])) return true;
  }
  return false;
}
