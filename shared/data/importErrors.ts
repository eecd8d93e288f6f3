import { preparationFieldLabels, preparationPrincipleNotesLabel } from '../domain/preparationLabels';
import { reflectionFieldLabels } from '../domain/reflectionLabels';
import { fieldErrors, type IssueLike } from '../domain/validationMessages';
import { exportFieldNames } from './exportFormat';

/**
 * The one error an import throws: its message is written for the person importing, names the
 * first problem found (which record, which field) and is safe to show as it is.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
  }
}

/** Record nouns by the key of the list they sit in, in the export and in a snapshot. */
const recordNouns: Readonly<Record<string, string>> = {
  reflections: 'Reflection',
  preparations: 'Preparation',
  people: 'Person',
  reminders: 'Reminder',
  principleSettings: 'Principle setting',
  principles: 'Principle setting',
  entries: 'Entry',
  comments: 'Comment',
};

/** The questions as the form and the export ask them, so a message points at what the person sees. */
const reflectionQuestions: Readonly<Record<string, string>> = {
  ...exportFieldNames,
  personIds: exportFieldNames.people,
};

const reflectionExtraLabels: Readonly<Record<string, string>> = {
  id: 'Reflection id',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
  status: 'Status',
  starred: 'Starred',
  isPrivate: 'Private',
  mode: 'Mode',
  deletedAt: 'Deleted at',
  revision: 'Revision',
};

const nextStepLabels: Readonly<Record<string, string>> = {
  text: exportFieldNames.nextStep,
  followUpAt: exportFieldNames.followUpAt,
  timeZone: 'Follow-up time zone',
};

const principleEntryLabels: Readonly<Record<string, string>> = {
  applied: exportFieldNames.principleApplied,
  rating: exportFieldNames.principleRating,
  notes: exportFieldNames.principleNotes,
  checks: 'Checks',
};

const personLabels: Readonly<Record<string, string>> = {
  id: 'Person id',
  name: 'Name',
  role: 'Role',
  team: 'Team',
  relationship: 'Relationship',
  notes: 'Notes about this person',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
};

const preparationLabels: Readonly<Record<string, string>> = {
  ...preparationFieldLabels,
  id: 'Preparation id',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
  status: 'Status',
  reflectionId: 'Reflection id',
  deletedAt: 'Deleted at',
  revision: 'Revision',
};

function preparationFieldLabel(path: readonly PropertyKey[]): string {
  const [first, second, third] = path;
  if (first === 'principles' && second !== undefined) {
    const principle = `principle “${shortText(String(second))}”`;
    return third === 'notes'
      ? `${preparationPrincipleNotesLabel} (${principle})`
      : `Principles, ${principle}`;
  }
  const label = ownKey(preparationLabels, first ?? '') ?? String(first);
  return typeof second === 'number' ? `${label} (item ${second + 1})` : label;
}

const commentLabels: Readonly<Record<string, string>> = {
  id: 'Comment id',
  reflectionId: 'Reflection id',
  principleId: 'Principle',
  text: 'Comment',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
};

const MAX_SHOWN_ID = 40;

function shortText(value: string): string {
  return value.length > MAX_SHOWN_ID ? `${value.slice(0, MAX_SHOWN_ID)}…` : value;
}

function ownKey(record: Readonly<Record<string, string>>, key: PropertyKey): string | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}

function reflectionFieldLabel(path: readonly PropertyKey[]): string {
  const [first, second, third] = path;
  if (first === 'nextStep' && second !== undefined) return ownKey(nextStepLabels, second) ?? String(second);
  if (first === 'principles' && second !== undefined) {
    const principle = `principle “${shortText(String(second))}”`;
    const part = third === undefined ? undefined : ownKey(principleEntryLabels, third);
    return part === undefined ? `Principles, ${principle}` : `${part} (${principle})`;
  }
  const label =
    ownKey(reflectionQuestions, first ?? '') ??
    ownKey(reflectionFieldLabels, first ?? '') ??
    ownKey(reflectionExtraLabels, first ?? '') ??
    String(first);
  return typeof second === 'number' ? `${label} (item ${second + 1})` : label;
}

/** The words a person sees for a field inside one record, falling back to the key itself. */
export function fieldLabel(collection: string, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  if (collection === 'reflections') return reflectionFieldLabel(path);
  if (collection === 'preparations') return preparationFieldLabel(path);
  if (collection === 'people') return ownKey(personLabels, path[0] ?? '') ?? String(path[0]);
  if (collection === 'comments') return ownKey(commentLabels, path[0] ?? '') ?? String(path[0]);
  return path.map(String).join('.');
}

/** "Reflection 3 (id 0190…)": the position counts from 1, as a person counts. */
export function recordLabel(collection: string, index: number, record: unknown): string {
  const noun = ownKey(recordNouns, collection) ?? 'Record';
  const id =
    typeof record === 'object' && record !== null
      ? (record as { id?: unknown; uuid?: unknown }).id
      : undefined;
  const uuid =
    typeof record === 'object' && record !== null ? (record as { uuid?: unknown }).uuid : undefined;
  const shownId = typeof id === 'string' ? id : typeof uuid === 'string' ? uuid : undefined;
  return `${noun} ${index + 1}${shownId === undefined ? '' : ` (id ${shortText(shownId)})`}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueText(issue: IssueLike): string {
  // fieldErrors already digs the real message out of zod's wrapper issues.
  return Object.values(fieldErrors({ issues: [issue] }))[0] ?? issue.message;
}

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * One zod issue from parsing a whole file, in words: "Reflection 3 (id …), field “What you asked
 * for”: What you asked for is too long (20,000 characters at most)." `root` is the parsed file,
 * read only to name the record by its id.
 */
export function describeIssue(issue: IssueLike, root: unknown, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path];
  const text = issueText(issue);
  const [collection, index] = path;
  if (typeof collection === 'string' && typeof index === 'number' && Object.hasOwn(recordNouns, collection)) {
    const record = recordLabel(collection, index, valueAt(root, [collection, index]));
    const field = fieldLabel(collection, path.slice(2));
    return withStop(field === '' ? `${record}: ${text}` : `${record}, field “${field}”: ${text}`);
  }
  if (path.length === 0) return withStop(`The file: ${text}`);
  return withStop(`The file’s “${path.map(String).join('.')}”: ${text}`);
}

/** An ImportFileError naming the first issue, the one nearest the start of the file. */
export function importErrorFromIssues(
  issues: readonly IssueLike[],
  root: unknown,
  prefix: readonly PropertyKey[] = [],
): ImportFileError {
  const first = issues[0];
  if (first === undefined) return new ImportFileError('This file could not be read.');
  const rest = issues.length - 1;
  const more = rest === 0 ? '' : ` It has ${rest} more problem${rest === 1 ? '' : 's'} after that one.`;
  return new ImportFileError(`This file cannot be imported. ${describeIssue(first, root, prefix)}${more}`);
}
