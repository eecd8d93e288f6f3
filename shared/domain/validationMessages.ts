/** Thousands separators without Intl, so messages read the same in every locale and runtime. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function tooLongMessage(label: string, max: number): string {
  return `${label} is too long (${formatCount(max)} characters at most)`;
}

export function tooManyMessage(noun: string, max: number): string {
  return `Too many ${noun} (${formatCount(max)} at most)`;
}

export function requiredMessage(label: string): string {
  return `${label} is required`;
}

/** For invalid_type issues: a missing value and a value of the wrong kind need different advice. */
export function wrongTypeMessage(label: string, expected: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input == null ? requiredMessage(label) : `${label} must be ${expected}`);
}

/** The part of a zod issue the messages need; repositories keep issues in this shape. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly issues?: readonly IssueLike[];
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function innermostMessage(issue: IssueLike): string {
  // Zod wraps record-key failures in a generic "Invalid key" issue; the schema's own message is inside.
  const inner = issue.code === 'invalid_key' ? issue.issues?.[0] : undefined;
  return inner === undefined ? issue.message : innermostMessage(inner);
}

/**
 * Maps each failing field to the first message reported for it, keyed by dotted path
 * (`asked`, `principles.empowered-adults.rating`, `tags`); whole-object issues use the key ''.
 * The first message wins because it is the one closest to the input the person typed.
 */
export function fieldErrors(error: { readonly issues: readonly IssueLike[] }): Record<string, string> {
  // A Map then fromEntries, because paths can hold user-typed record keys such as "__proto__".
  const byPath = new Map<string, string>();
  for (const issue of error.issues) {
    const key = fieldPath(issue.path);
    if (!byPath.has(key)) byPath.set(key, innermostMessage(issue));
  }
  return Object.fromEntries(byPath);
}
