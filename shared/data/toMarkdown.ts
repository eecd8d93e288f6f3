import { strToU8, zipSync, type Zippable } from 'fflate';
import { findPrincipleCheck, type PrincipleCheck } from '../domain/principleChecks';
import type { Preparation } from '../domain/preparationSchema';
import type { ResolvedPrinciple } from '../domain/principles';
import { outcomeLabels, relationshipLabels } from '../domain/reflectionLabels';
import type { PrincipleEntry, Reflection } from '../domain/reflectionSchema';
import {
  exportFieldNames as names,
  exportStatusNames,
  preparationExportFieldNames as planNames,
  preparationExportStatusNames,
} from './exportFormat';
import { principleTitlesOf, type JournalSnapshot } from './journalSnapshot';

export const MARKDOWN_TITLE = 'Influence Journal';
/** The part of the document, and the file name ending in the zip, for plans not yet reflected on. */
export const PREPARATIONS_HEADING = 'Preparations not reflected on yet';

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

interface Lookups {
  readonly personNames: ReadonlyMap<string, string>;
  readonly principleTitles: ReadonlyMap<string, string>;
  /** The plan each reflection looks back on, by reflection id. */
  readonly planOf: ReadonlyMap<string, Preparation>;
  /** Plans no reflection in the snapshot looks back on: they get a part of their own. */
  readonly ownPlans: readonly Preparation[];
}

function planHeading(preparation: Preparation, personNames: ReadonlyMap<string, string>): string {
  const when =
    preparation.plannedAt === null
      ? 'No date'
      : `${localDateTime(preparation.plannedAt)} (${preparation.timeZone})`;
  const who = preparation.personIds.map((id) => personNames.get(id) ?? id).join(', ');
  return inlineText(`Plan: ${who === '' ? when : `${when} · ${who}`}`);
}

/** The plan's parts, a level below `level`: what was wanted, each principle's plan, objections, the opening. */
function planBody(preparation: Preparation, principleTitles: ReadonlyMap<string, string>, level: number) {
  const sub = level + 1;
  const facts = [`- ${planNames.status}: ${preparationExportStatusNames[preparation.status]}`];
  if (preparation.plannedAt !== null) {
    facts.push(`- ${planNames.plannedAt} ${localDateTime(preparation.plannedAt)} (${preparation.timeZone})`);
  }
  return [
    ...facts,
    '',
    ...textBlock(planNames.goal, preparation.goal, sub),
    ...Object.entries(preparation.principles).flatMap(([id, { notes }]) =>
      textBlock(inlineText(principleTitles.get(id) ?? id), notes, sub),
    ),
    ...textBlock(planNames.objections, preparation.objections, sub),
    ...textBlock(planNames.opening, preparation.opening, sub),
  ];
}

/** A plan no reflection looks back on, under its own heading. */
function renderPlan(preparation: Preparation, lookups: Lookups, level: number): string[] {
  return [
    `${'#'.repeat(level)} ${planHeading(preparation, lookups.personNames)}`,
    '',
    ...planBody(preparation, lookups.principleTitles, level),
  ];
}

/** One reflection under a heading of the given level; its parts, and the plan it looks back on, sit one level below. */
function renderReflection(reflection: Reflection, lookups: Lookups, level: number): string[] {
  const { personNames, principleTitles } = lookups;
  const plan = lookups.planOf.get(reflection.id);
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
    // The plan after what happened, so the reader meets the outcome first and then what was intended.
    ...(plan === undefined
      ? []
      : [
          `${'#'.repeat(sub)} ${planHeading(plan, personNames)}`,
          '',
          ...planBody(plan, principleTitles, sub),
        ]),
  ];
}

function lookups(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]): Lookups {
  const reflectionIds = new Set(snapshot.reflections.map(({ id }) => id));
  const planOf = new Map<string, Preparation>();
  const ownPlans: Preparation[] = [];
  for (const preparation of snapshot.preparations) {
    const { reflectionId } = preparation;
    if (reflectionId !== null && reflectionIds.has(reflectionId) && !planOf.has(reflectionId)) {
      planOf.set(reflectionId, preparation);
    } else {
      ownPlans.push(preparation);
    }
  }
  return {
    personNames: new Map(snapshot.people.map(({ id, name }) => [id, name])),
    principleTitles: principleTitlesOf(snapshot, principles),
    planOf,
    ownPlans,
  };
}

const countLine = (reflections: number, preparations: number) =>
  `${reflections} reflection${reflections === 1 ? '' : 's'}` +
  (preparations === 0 ? '.' : `, ${preparations} preparation${preparations === 1 ? '' : 's'}.`);

/**
 * The chosen reflections as one readable document, in the order given, each with the plan it
 * looks back on; then "Preparations" with the plans no reflection looks back on yet.
 */
export function toMarkdown(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]): string {
  const found = lookups(snapshot, principles);
  // One string per reflection rather than one array of every line: at 50,000 reflections the
  // single array and its join were most of the time, in garbage collection.
  const blocks = [
    `# ${MARKDOWN_TITLE}\n\n${countLine(snapshot.reflections.length, snapshot.preparations.length)}`,
  ];
  for (const reflection of snapshot.reflections) {
    blocks.push(renderReflection(reflection, found, 2).join('\n').trimEnd());
  }
  if (found.ownPlans.length > 0) {
    blocks.push(`## ${PREPARATIONS_HEADING}`);
    for (const plan of found.ownPlans) blocks.push(renderPlan(plan, found, 3).join('\n').trimEnd());
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
  record: Pick<Reflection, 'personIds'> & {
    readonly occurredAt?: string | null;
    readonly plannedAt?: string | null;
  },
  personNames: ReadonlyMap<string, string>,
  taken: Set<string>,
): string {
  const at = record.occurredAt ?? record.plannedAt ?? null;
  const when = at === null ? 'undated' : `${at.slice(0, 10)}-${at.slice(11, 16).replace(':', '')}`;
  const isPlan = record.occurredAt === undefined;
  const who =
    slug(personNames.get(record.personIds[0] ?? '') ?? '') || (isPlan ? 'preparation' : 'reflection');
  // A plan's file says so, and sorts beside the reflection on the same conversation.
  const base = `${when}-${who}${isPlan ? '-plan' : ''}`;
  let name = `${base}.md`;
  for (let copy = 2; taken.has(name); copy += 1) name = `${base}-${copy}.md`;
  taken.add(name);
  return name;
}

// Zip dates cannot go before 1980; the reflection's last change is the natural date for its file.
const ZIP_EPOCH_MS = Date.UTC(1980, 0, 2);

/** One Markdown file per reflection (its plan inside), and one per plan no reflection looks back on, zipped. */
export function toMarkdownZip(
  snapshot: JournalSnapshot,
  principles: readonly ResolvedPrinciple[],
): Uint8Array {
  const found = lookups(snapshot, principles);
  const taken = new Set<string>();
  const files: Zippable = {};
  const add = (name: string, lines: string[], updatedAt: string) => {
    const mtime = new Date(Math.max(ZIP_EPOCH_MS, Date.parse(updatedAt)));
    files[name] = [strToU8(`${lines.join('\n').trimEnd()}\n`), { mtime }];
  };
  for (const reflection of snapshot.reflections) {
    const name = markdownFileName(reflection, found.personNames, taken);
    add(name, renderReflection(reflection, found, 1), reflection.updatedAt);
  }
  for (const plan of found.ownPlans) {
    add(markdownFileName(plan, found.personNames, taken), renderPlan(plan, found, 1), plan.updatedAt);
  }
  return zipSync(files, { level: 6 });
}
