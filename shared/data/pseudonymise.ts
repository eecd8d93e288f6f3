import { textLimits } from '../domain/fieldSchemas';
import type { Person } from '../domain/personSchema';
import type { Preparation } from '../domain/preparationSchema';
import { findPrincipleCheck } from '../domain/principleChecks';
import type { PrincipleSetting } from '../domain/principles';
import type { PrincipleEntry, Reflection } from '../domain/reflectionSchema';
import type { Reminder } from '../reminders/reminderSchema';
import type { JournalSnapshot } from './journalSnapshot';

export type PseudonymMode = 'initials' | 'labels';

type Named = Pick<Person, 'id' | 'name'>;

interface NameMatcher {
  readonly replace: (text: string, preferredPersonIds: readonly string[]) => string;
}

interface NameTerm {
  /** Folded words and the canonical separators between them: "o", "brien" with "'". */
  readonly words: readonly string[];
  readonly separators: readonly string[];
  /** Everyone the term could mean, in id order. */
  readonly owners: string[];
}

const WORD = /[\p{L}\p{M}]+/gu;
// Scripts written without spaces between words: a name there is found inside longer runs of letters.
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Most words are ASCII, where normalising changes nothing and only costs time.
const NON_ASCII = /[\u0080-\uffff]/;
const fold = (word: string) => (NON_ASCII.test(word) ? word.normalize('NFC') : word).toLowerCase();
const canonicalSeparator = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/[’ʼ‘`]/gu, "'")
    .replace(/[‐‑–—]/gu, '-');
const letterCount = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: fold(match[0]),
  }));
}

function toTerm(text: string): Pick<NameTerm, 'words' | 'separators'> | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const separators = tokens
    .slice(1)
    .map((token, index) => canonicalSeparator(text.slice(tokens[index]?.end ?? 0, token.start)));
  return { words: tokens.map(({ folded }) => folded), separators };
}

/** The full name, each space-separated part and each run of letters, of two letters or more (the full name always). */
function termsOfName(name: string): Pick<NameTerm, 'words' | 'separators'>[] {
  const parts = [...name.split(/\s+/u), ...(name.match(WORD) ?? [])].filter((part) => letterCount(part) >= 2);
  return [name, ...parts].map(toTerm).filter((term) => term !== null);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function createNameMatcher(people: readonly { id: string; name: string; pseudonym: string }[]): NameMatcher {
  const pseudonyms = new Map(people.map(({ id, pseudonym }) => [id, pseudonym]));
  const termsByKey = new Map<string, NameTerm>();
  for (const { id, name } of people) {
    for (const { words, separators } of termsOfName(name)) {
      const key = `${words.join('\u0000')}\u0001${separators.join('\u0000')}`;
      const term = termsByKey.get(key) ?? { words, separators, owners: [] };
      if (!term.owners.includes(id)) term.owners.push(id);
      termsByKey.set(key, term);
    }
  }
  const byFirstWord = new Map<string, NameTerm[]>();
  for (const term of termsByKey.values()) {
    const first = term.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), term]);
  }
  // Longest first, so "Tom Baker" is replaced whole rather than as "Tom" then "Baker".
  for (const terms of byFirstWord.values()) terms.sort((a, b) => b.words.length - a.words.length);
  const unspaced = [...termsByKey.values()].filter((term) =>
    term.words.some((word) => UNSPACED_SCRIPT.test(word)),
  );
  unspaced.sort((a, b) => b.words.join('').length - a.words.join('').length);
  const unspacedPattern =
    unspaced.length === 0
      ? null
      : new RegExp(unspaced.map(({ words }) => words.map(escapeRegExp).join('\\s*')).join('|'), 'giu');

  // A part two people share ("Tom") goes to the one the reflection is about, else the first by id.
  const resolve = (owners: readonly string[], preferred: readonly string[]) =>
    pseudonyms.get(owners.find((owner) => preferred.includes(owner)) ?? owners[0] ?? '') ?? '?';

  const matchAt = (text: string, tokens: readonly Token[], index: number): NameTerm | undefined =>
    byFirstWord.get(tokens[index]?.folded ?? '')?.find(({ words, separators }) =>
      words.every((word, offset) => {
        if (offset === 0) return true;
        const previous = tokens[index + offset - 1];
        const token = tokens[index + offset];
        return (
          previous !== undefined &&
          token?.folded === word &&
          canonicalSeparator(text.slice(previous.end, token.start)) === separators[offset - 1]
        );
      }),
    );

  const replaceSpaced = (text: string, preferred: readonly string[]) => {
    const tokens = tokenize(text);
    let result = '';
    let copiedUpTo = 0;
    for (let index = 0; index < tokens.length;) {
      const term = matchAt(text, tokens, index);
      const first = tokens[index];
      const last = tokens[index + (term?.words.length ?? 1) - 1];
      if (term === undefined || first === undefined || last === undefined) {
        index += 1;
        continue;
      }
      result += text.slice(copiedUpTo, first.start) + resolve(term.owners, preferred);
      copiedUpTo = last.end;
      index += term.words.length;
    }
    return result + text.slice(copiedUpTo);
  };

  const replaceUnspaced = (text: string, preferred: readonly string[]) =>
    unspacedPattern === null
      ? text
      : text.replace(unspacedPattern, (found) => {
          const folded = fold(found).replace(/\s+/gu, '');
          const term = unspaced.find(({ words }) => words.join('') === folded);
          return term === undefined ? found : resolve(term.owners, preferred);
        });

  return {
    replace: (text, preferred) =>
      text === '' ? text : replaceUnspaced(replaceSpaced(text, preferred), preferred),
  };
}

const byId = (a: Named, b: Named) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "Tom Baker" -> "T.B."; "Mary-Jane Smith" -> "M.J.S."; a name without letters -> "?". */
function initialsOf(name: string): string {
  const letters = name
    .split(/[\s\-‐‑–—]+/u)
    .map((part) => /\p{L}/u.exec(part)?.[0])
    .filter((letter) => letter !== undefined);
  return letters.length === 0 ? '?' : letters.map((letter) => `${letter.toUpperCase()}.`).join('');
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA": the column letters of a spreadsheet. */
function labelLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Pseudonyms in id order, so the same journal gives the same names every time. People in the
 * export come first; others only need one so their names vanish when typed into free text.
 */
export function assignPseudonyms(
  people: readonly Named[],
  otherPeople: readonly Named[],
  mode: PseudonymMode,
): Map<string, string> {
  const inExport = new Set(people.map(({ id }) => id));
  const ordered = [...people].sort(byId);
  ordered.push(...otherPeople.filter(({ id }) => !inExport.has(id)).sort(byId));
  const pseudonyms = new Map<string, string>();
  const initialsSeen = new Map<string, number>();
  ordered.forEach(({ id, name }) => {
    if (pseudonyms.has(id)) return;
    if (mode === 'labels') {
      pseudonyms.set(id, `Person ${labelLetters(pseudonyms.size)}`);
      return;
    }
    const initials = initialsOf(name);
    const count = (initialsSeen.get(initials) ?? 0) + 1;
    initialsSeen.set(initials, count);
    pseudonyms.set(id, count === 1 ? initials : `${initials}${count}`);
  });
  return pseudonyms;
}

/** Cuts at a limit without splitting a character written as two UTF-16 units. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function pseudonymiseTags(tags: readonly string[], hide: (text: string) => string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const hidden = fit(hide(tag), textLimits.tag).trim();
    // "Tom" and "tom" both become "T.B.", and a tag list must not hold the same tag twice.
    if (hidden === '' || seen.has(hidden.toLowerCase())) continue;
    seen.add(hidden.toLowerCase());
    result.push(hidden);
  }
  return result;
}

function pseudonymiseChecks(checks: PrincipleEntry['checks'], hide: (text: string) => string) {
  return Object.fromEntries(
    Object.entries(checks).map(([checkId, answer]) => {
      const kind = findPrincipleCheck(checkId)?.kind;
      // Choices are option ids the app wrote; text, and answers from checks this version does not know, are the person's words.
      if (kind === 'choice' || kind === 'multi-choice' || typeof answer === 'number')
        return [checkId, answer];
      if (typeof answer === 'string') return [checkId, fit(hide(answer), textLimits.longText)];
      return [checkId, answer.map((item) => fit(hide(item), textLimits.name))];
    }),
  );
}

function pseudonymiseReflection(reflection: Reflection, matcher: NameMatcher): Reflection {
  const hide = (text: string) => fit(matcher.replace(text, reflection.personIds), textLimits.longText);
  const principles = Object.fromEntries(
    Object.entries(reflection.principles).map(([id, entry]) => [
      id,
      { ...entry, notes: hide(entry.notes), checks: pseudonymiseChecks(entry.checks, hide) },
    ]),
  );
  return {
    ...reflection,
    asked: hide(reflection.asked),
    context: hide(reflection.context),
    approach: hide(reflection.approach),
    expected: hide(reflection.expected),
    actual: hide(reflection.actual),
    whyDifferent: hide(reflection.whyDifferent),
    learned: hide(reflection.learned),
    nextStep: { ...reflection.nextStep, text: hide(reflection.nextStep.text) },
    principles,
    tags: pseudonymiseTags(reflection.tags, (text) => matcher.replace(text, reflection.personIds)),
  };
}

function pseudonymisePreparation(preparation: Preparation, matcher: NameMatcher): Preparation {
  const hide = (text: string) => fit(matcher.replace(text, preparation.personIds), textLimits.longText);
  const principles = Object.fromEntries(
    Object.entries(preparation.principles).map(([id, entry]) => [id, { ...entry, notes: hide(entry.notes) }]),
  );
  return {
    ...preparation,
    goal: hide(preparation.goal),
    objections: hide(preparation.objections),
    opening: hide(preparation.opening),
    principles,
  };
}

function pseudonymisePerson(person: Person, pseudonym: string, matcher: NameMatcher): Person {
  const hide = (text: string, max: number) => fit(matcher.replace(text, [person.id]), max);
  return {
    ...person,
    name: pseudonym,
    role: hide(person.role, textLimits.name),
    team: hide(person.team, textLimits.name),
    notes: hide(person.notes, textLimits.longText),
  };
}

function pseudonymiseReminder(
  reminder: Reminder,
  preferred: readonly string[],
  matcher: NameMatcher,
): Reminder {
  const title = fit(matcher.replace(reminder.title, preferred), 200);
  if (reminder.body === undefined) return { ...reminder, title };
  return { ...reminder, title, body: fit(matcher.replace(reminder.body, preferred), 1000) };
}

function pseudonymiseSetting(setting: PrincipleSetting, matcher: NameMatcher): PrincipleSetting {
  const hide = (text: string, max: number) => fit(matcher.replace(text, []), max);
  const { shortText, name } = textLimits;
  if (setting.kind === 'custom') {
    return {
      ...setting,
      title: hide(setting.title, name),
      description: hide(setting.description, shortText),
      prompts: setting.prompts.map((prompt) => hide(prompt, shortText)),
    };
  }
  return {
    ...setting,
    ...(setting.title === undefined ? {} : { title: hide(setting.title, name) }),
    ...(setting.description === undefined ? {} : { description: hide(setting.description, shortText) }),
  };
}

/** Replaces real names everywhere in a text; the tool the other export parts use for their own strings. */
export interface Pseudonymiser {
  readonly pseudonymOf: (personId: string) => string | undefined;
  readonly replace: (text: string, preferredPersonIds?: readonly string[]) => string;
}

export function createPseudonymiser(
  people: readonly Named[],
  mode: PseudonymMode,
  otherPeople: readonly Named[] = [],
): Pseudonymiser {
  const pseudonyms = assignPseudonyms(people, otherPeople, mode);
  const everyone = [...people, ...otherPeople].filter(
    (person, index, all) => all.findIndex(({ id }) => id === person.id) === index,
  );
  const matcher = createNameMatcher(
    everyone.sort(byId).map(({ id, name }) => ({ id, name, pseudonym: pseudonyms.get(id) ?? '?' })),
  );
  return {
    pseudonymOf: (personId) => pseudonyms.get(personId),
    replace: (text, preferred = []) => matcher.replace(text, preferred),
  };
}

/**
 * The snapshot with every person's name replaced by initials or a label, in their own record and
 * wherever it was typed: notes, role, team, every free-text answer, tags, follow-up titles,
 * principle texts and every part of a preparation (goal, plans per principle, objections, opening). `otherPeople` are journal members outside the snapshot whose names may still
 * appear in its text; they get pseudonyms too so nothing of them is left behind.
 */
export function pseudonymise(
  snapshot: JournalSnapshot,
  mode: PseudonymMode,
  otherPeople: readonly Named[] = [],
): JournalSnapshot {
  const pseudonymiser = createPseudonymiser(snapshot.people, mode, otherPeople);
  const matcher: NameMatcher = { replace: pseudonymiser.replace };
  const peopleOf = new Map(snapshot.reflections.map(({ id, personIds }) => [id, personIds]));
  return {
    people: snapshot.people.map((person) =>
      pseudonymisePerson(person, pseudonymiser.pseudonymOf(person.id) ?? '?', matcher),
    ),
    principleSettings: snapshot.principleSettings.map((setting) => pseudonymiseSetting(setting, matcher)),
    reflections: snapshot.reflections.map((reflection) => pseudonymiseReflection(reflection, matcher)),
    preparations: snapshot.preparations.map((preparation) => pseudonymisePreparation(preparation, matcher)),
    reminders: snapshot.reminders.map((reminder) =>
      pseudonymiseReminder(reminder, peopleOf.get(reminder.reflectionId ?? '') ?? [], matcher),
    ),
  };
}
