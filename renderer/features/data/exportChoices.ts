import {
  defaultExportOptions,
  exportOptionsSchema,
  type ExportNameMode,
  type ExportOptions,
} from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';

export const MIN_PASSPHRASE_LENGTH = 8;

/** What the Export form holds; empty dates mean "from the start" and "until now". */
export interface ExportChoices {
  readonly from: string;
  readonly to: string;
  /** null: everyone (or every principle, every tag), which also takes in ones added later. */
  readonly personIds: readonly string[] | null;
  readonly principleIds: readonly string[] | null;
  readonly tags: readonly string[] | null;
  readonly includePrivate: boolean;
  readonly names: ExportNameMode;
  readonly encrypt: boolean;
  readonly passphrase: string;
  readonly confirmPassphrase: string;
  readonly markdownLayout: 'document' | 'zip';
}

export const initialExportChoices: ExportChoices = {
  from: '',
  to: '',
  personIds: null,
  principleIds: null,
  tags: null,
  includePrivate: defaultExportOptions.includePrivate,
  names: defaultExportOptions.names,
  encrypt: false,
  passphrase: '',
  confirmPassphrase: '',
  markdownLayout: 'document',
};

export type OptionsResult =
  | { readonly ok: true; readonly options: ExportOptions }
  | { readonly ok: false; readonly field: 'from' | 'to' | 'other'; readonly message: string };

/** The choices as the export format's options, or the first problem with them in words. */
export function toExportOptions(choices: ExportChoices): OptionsResult {
  const result = exportOptionsSchema.safeParse({
    from: choices.from === '' ? null : choices.from,
    to: choices.to === '' ? null : choices.to,
    personIds: choices.personIds === null ? null : [...choices.personIds],
    principleIds: choices.principleIds === null ? null : [...choices.principleIds],
    tags: choices.tags === null ? null : [...choices.tags],
    includePrivate: choices.includePrivate,
    names: choices.names,
  });
  if (result.success) return { ok: true, options: result.data };
  const [issue] = result.error.issues;
  const key = issue?.path[0];
  return {
    ok: false,
    field: key === 'from' || key === 'to' ? key : 'other',
    message: issue?.message ?? 'These export choices cannot be used.',
  };
}

/** Why the passphrase cannot be used yet, or null; only asked when encryption is ticked. */
export function passphraseProblem(choices: ExportChoices): string | null {
  if (!choices.encrypt) return null;
  if (choices.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`;
  }
  if (choices.passphrase !== choices.confirmPassphrase) return 'The two passphrases do not match.';
  return null;
}

/** Every tag in the journal once, ignoring case as the journal does, in alphabetical order. */
export function journalTags(snapshot: JournalSnapshot): string[] {
  const byKey = new Map<string, string>();
  // A journal uses a few dozen tags over and over: each spelling is lowercased once, not once a use.
  const spellings = new Set<string>();
  for (const reflection of snapshot.reflections) {
    for (const tag of reflection.tags) {
      if (spellings.has(tag)) continue;
      spellings.add(tag);
      const key = tag.toLocaleLowerCase();
      if (!byKey.has(key)) byKey.set(key, tag);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Ticks or unticks one item of a list whose null means "all". Ticking the last missing item goes
 * back to null, so an export of "everyone" still takes in a person added tomorrow.
 */
export function toggleChoice(
  chosen: readonly string[] | null,
  all: readonly string[],
  item: string,
  isChecked: boolean,
): readonly string[] | null {
  const current = new Set(chosen ?? all);
  if (isChecked) current.add(item);
  else current.delete(item);
  const next = all.filter((candidate) => current.has(candidate));
  return next.length === all.length ? null : next;
}
