import { strToU8, zipSync, type Zippable } from 'fflate';
import { findPrincipleCheck, type PrincipleCheck } from '../domain/principleChecks';
import type { ResolvedPrinciple } from '../domain/principles';
import { outcomeLabels, relationshipLabels } from '../domain/reflectionLabels';
import type { PrincipleEntry, Reflection } from '../domain/reflectionSchema';
import { exportFieldNames as names, exportStatusNames } from './exportFormat';
import { principleTitlesOf, type JournalSnapshot } from './journalSnapshot';

export const MARKDOWN_TITLE = 'Influence Journal';

/**
 * What could start a heading, quote, list, fence, table, HTML block or link definition at the start
 * of a line. Escaping the first mark keeps what the person wrote inside its own block; a backslash
 * before punctuation shows as nothing in every Markdown reader.
 */
const LINE_START_CONTROL = /^([ \t]*)([#>*+\-=_|<[~`]|\d{1,9}(?=[.)]))/;

/** Multi-line text as written, with only the marks at line starts escaped. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line.replace(LINE_START_CONTROL, (_, indent: string, mark: string) =>
        /^\d/.test(mark) ? `${indent}${mark}\\` : `${indent}\\${mark}`,
      ),
    )
    .join('\n');
}

/** One line for headings and lists: line breaks become spaces, and a trailing # is not eaten as a closing mark. */
function inlineText(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim()).replace(/#+$/, (marks) => `\\${marks}`);
}

const localDateTime = (value: string) => value.replace('T', ' ');

function heading(reflection: Reflection, personNames: ReadonlyMap<string, string>): string {
  const when =
    reflection.occurredAt === null
      ? 'No date'
      : `${localDateTime(reflection.occurredAt)} (${reflection.timeZone})`;
  const who = reflection.personIds.map((id) => personNames.get(id) ?? id).join(', ');
  return inlineText(who === '' ? when : `${when} · ${who}`);
}

function textBlock(label: string, text: string, level: number): string[] {
  if (text.trim() === '') return [];
  return [`${'#'.repeat(level)} ${label}`, '', escapeMarkdownText(text), ''];
}

function checkAnswer(check: PrincipleCheck, answer: PrincipleEntry['checks'][string]): string {
  const optionLabel = (id: string) =>
    'options' in check ? (check.options.find((option) => option.id === id)?.label ?? id) : id;
  if (typeof answer === 'number') return `${answer} of 5`;
  if (typeof answer === 'string') return check.kind === 'choice' ? optionLabel(answer) : answer;
  return answer.map(optionLabel).join(', ');
}

function principleBlock(title: string, entry: PrincipleEntry, level: number): string[] {
  const facts: string[] = [];
  if (entry.applied !== null) facts.push(`- ${names.principleApplied}: ${entry.applied ? 'yes' : 'no'}`);
  if (entry.rating !== null) facts.push(`- ${names.principleRating} ${entry.rating} of 5`);
  const answers: string[] = [];
  for (const [checkId, answer] of Object.entries(entry.checks)) {
    const check = findPrincipleCheck(checkId);
    const shown = check === undefined ? '' : checkAnswer(check, answer);
    if (check !== undefined && shown.trim() !== '') {
      answers.push(`**${inlineText(check.label)}**`, '', escapeMarkdownText(shown), '');
    }
  }
  const notes = textBlock(names.principleNotes, entry.notes, level + 1);
  if (facts.length === 0 && answers.length === 0 && notes.length === 0) return [];
  return [
    `${'#'.repeat(level)} ${inlineText(title)}`,
    '',
    ...(facts.length === 0 ? [] : [...facts, '']),
    ...answers,
    ...notes,
  ];
}

function factLines(reflection: Reflection): string[] {
  const facts = [`- ${names.status}: ${exportStatusNames[reflection.status]}`];
  if (reflection.relationship !== null) {
    facts.push(`- ${names.relationship}: ${relationshipLabels[reflection.relationship]}`);
  }
  if (reflection.outcome !== null) facts.push(`- ${names.outcome}: ${outcomeLabels[reflection.outcome]}`);
  if (reflection.tags.length > 0) facts.push(`- ${names.tags}: ${inlineText(reflection.tags.join(', '))}`);
  if (reflection.nextStep.followUpAt !== null) {
    facts.push(`- ${names.followUpAt}: ${localDateTime(reflection.nextStep.followUpAt)}`);
  }
  if (reflection.starred) facts.push(`- ${names.starred}`);
  if (reflection.isPrivate) facts.push(`- ${names.isPrivate}`);
  return [...facts, ''];
}

/** One reflection under a heading of the given level; its parts sit one level below. */
function renderReflection(
  reflection: Reflection,
  personNames: ReadonlyMap<string, string>,
  principleTitles: ReadonlyMap<string, string>,
  level: number,
): string[] {
  const sub = level + 1;
  const principles = Object.entries(reflection.principles).flatMap(([id, entry]) =>
    principleBlock(principleTitles.get(id) ?? id, entry, sub),
  );
  return [
    `${'#'.repeat(level)} ${heading(reflection, personNames)}`,
    '',
    ...factLines(reflection),
    ...textBlock(names.asked, reflection.asked, sub),
    ...textBlock(names.context, reflection.context, sub),
    ...textBlock(names.approach, reflection.approach, sub),
    ...principles,
    ...textBlock(names.expected, reflection.expected, sub),
    ...textBlock(names.actual, reflection.actual, sub),
    ...textBlock(names.whyDifferent, reflection.whyDifferent, sub),
    ...textBlock(names.learned, reflection.learned, sub),
    ...textBlock(names.nextStep, reflection.nextStep.text, sub),
  ];
}

function lookups(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]) {
  return {
    personNames: new Map(snapshot.people.map(({ id, name }) => [id, name])),
    principleTitles: principleTitlesOf(snapshot, principles),
  };
}

const countLine = (count: number) => `${count} reflection${count === 1 ? '' : 's'}.`;

/** The chosen reflections as one readable document, in the order given. */
export function toMarkdown(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]): string {
  const { personNames, principleTitles } = lookups(snapshot, principles);
  // One string per reflection rather than one array of every line: at 50,000 reflections the
  // single array and its join were most of the time, in garbage collection.
  const blocks = [`# ${MARKDOWN_TITLE}\n\n${countLine(snapshot.reflections.length)}`];
  for (const reflection of snapshot.reflections) {
    blocks.push(renderReflection(reflection, personNames, principleTitles, 2).join('\n').trimEnd());
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Lowercase ASCII words joined by hyphens; accents are dropped rather than the letters. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `2026-03-14-0930-tom-baker.md`: safe on every file system, and unique within the zip. */
export function markdownFileName(
  reflection: Reflection,
  personNames: ReadonlyMap<string, string>,
  taken: Set<string>,
): string {
  const when =
    reflection.occurredAt === null
      ? 'undated'
      : `${reflection.occurredAt.slice(0, 10)}-${reflection.occurredAt.slice(11, 16).replace(':', '')}`;
  const who = slug(personNames.get(reflection.personIds[0] ?? '') ?? '') || 'reflection';
  const base = `${when}-${who}`;
  let name = `${base}.md`;
  for (let copy = 2; taken.has(name); copy += 1) name = `${base}-${copy}.md`;
  taken.add(name);
  return name;
}

// Zip dates cannot go before 1980; the reflection's last change is the natural date for its file.
const ZIP_EPOCH_MS = Date.UTC(1980, 0, 2);

/** One Markdown file per reflection, zipped. */
export function toMarkdownZip(
  snapshot: JournalSnapshot,
  principles: readonly ResolvedPrinciple[],
): Uint8Array {
  const { personNames, principleTitles } = lookups(snapshot, principles);
  const taken = new Set<string>();
  const files: Zippable = {};
  for (const reflection of snapshot.reflections) {
    const name = markdownFileName(reflection, personNames, taken);
    const text = `${renderReflection(reflection, personNames, principleTitles, 1).join('\n').trimEnd()}\n`;
    const mtime = new Date(Math.max(ZIP_EPOCH_MS, Date.parse(reflection.updatedAt)));
    files[name] = [strToU8(text), { mtime }];
  }
  return zipSync(files, { level: 6 });
}
