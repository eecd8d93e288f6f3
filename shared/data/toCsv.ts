import type { Preparation } from '../domain/preparationSchema';
import type { ResolvedPrinciple } from '../domain/principles';
import { outcomeLabels, relationshipLabels } from '../domain/reflectionLabels';
import type { Reflection } from '../domain/reflectionSchema';
import {
  exportFieldNames as names,
  exportStatusNames,
  preparationExportFieldNames as planNames,
  preparationExportStatusNames,
} from './exportFormat';
import { principleTitlesOf, type JournalSnapshot } from './journalSnapshot';

const BOM = '\uFEFF';
const LIST_SEPARATOR = '; ';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (or, for tab and carriage
 * return, strips them and then does), so a reflection could carry a formula into a coach's Excel.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quoted only when needed, per RFC 4180; a leading quote mark keeps a spreadsheet from running the cell. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `2026-03-14T09:30` as `2026-03-14 09:30`, which spreadsheets read as a date and time. */
const localDateTimeCell = (value: string | null) => (value === null ? '' : value.replace('T', ' '));
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

/**
 * One row per reflection, with the plan it looks back on beside it, then one row per plan that no
 * reflection in the file looks back on yet. `Type` says which a row is; a coach sorting or
 * filtering in a spreadsheet keeps plan and outcome on one line.
 */
interface CsvRow {
  readonly reflection: Reflection | null;
  readonly preparation: Preparation | null;
}

interface Column {
  readonly header: string;
  readonly cell: (row: CsvRow) => string;
}

const rowTypes = { reflection: 'Reflection', preparation: 'Preparation' } as const;

/** A column read from the reflection; empty on a plan's own row. */
function fromReflection(header: string, cell: (reflection: Reflection) => string): Column {
  return { header, cell: ({ reflection }) => (reflection === null ? '' : cell(reflection)) };
}

/** A column read from the plan; empty when the row has none. */
function fromPlan(header: string, cell: (preparation: Preparation) => string): Column {
  return { header, cell: ({ preparation }) => (preparation === null ? '' : cell(preparation)) };
}

function fieldColumns(personNames: ReadonlyMap<string, string>): Column[] {
  const peopleOf = (ids: readonly string[]) =>
    ids.map((id) => personNames.get(id) ?? id).join(LIST_SEPARATOR);
  return [
    {
      header: 'Type',
      cell: ({ reflection }) => rowTypes[reflection === null ? 'preparation' : 'reflection'],
    },
    fromReflection(names.occurredAt, (r) => localDateTimeCell(r.occurredAt)),
    {
      header: names.timeZone,
      cell: ({ reflection, preparation }) => reflection?.timeZone ?? preparation?.timeZone ?? '',
    },
    fromReflection(names.status, (r) => exportStatusNames[r.status]),
    // The people of the conversation, on a plan's own row too, so sorting by person keeps them together.
    {
      header: names.people,
      cell: ({ reflection, preparation }) => peopleOf(reflection?.personIds ?? preparation?.personIds ?? []),
    },
    fromReflection(names.relationship, (r) =>
      r.relationship === null ? '' : relationshipLabels[r.relationship],
    ),
    fromReflection(names.asked, (r) => r.asked),
    fromReflection(names.context, (r) => r.context),
    fromReflection(names.approach, (r) => r.approach),
    fromReflection(names.outcome, (r) => (r.outcome === null ? '' : outcomeLabels[r.outcome])),
    fromReflection(names.expected, (r) => r.expected),
    fromReflection(names.actual, (r) => r.actual),
    fromReflection(names.whyDifferent, (r) => r.whyDifferent),
    fromReflection(names.learned, (r) => r.learned),
    fromReflection(names.nextStep, (r) => r.nextStep.text),
    fromReflection(names.followUpAt, (r) => localDateTimeCell(r.nextStep.followUpAt)),
    fromReflection(names.tags, (r) => r.tags.join(LIST_SEPARATOR)),
    fromReflection(names.starred, (r) => yesNo(r.starred)),
    fromReflection(names.isPrivate, (r) => yesNo(r.isPrivate)),
  ];
}

/** Two columns per principle, named by its title as this journal shows it (renamed and custom ones too). */
function principleColumns(
  principles: readonly ResolvedPrinciple[],
  titles: ReadonlyMap<string, string>,
): Column[] {
  return principles.flatMap(({ id, title: shownTitle }) => {
    const title = titles.get(id) ?? shownTitle;
    return [
      fromReflection(`${title} applied`, (r) => yesNo(r.principles[id]?.applied ?? null)),
      fromReflection(`${title} rating`, (r) => String(r.principles[id]?.rating ?? '')),
    ];
  });
}

/** The plan's fields, each header starting "Plan: " so they sort apart from what happened. */
function planColumns(
  principles: readonly ResolvedPrinciple[],
  titles: ReadonlyMap<string, string>,
): Column[] {
  return [
    fromPlan(`Plan: ${planNames.status}`, (p) => preparationExportStatusNames[p.status]),
    fromPlan(`Plan: ${planNames.plannedAt}`, (p) => localDateTimeCell(p.plannedAt)),
    fromPlan(`Plan: ${planNames.goal}`, (p) => p.goal),
    ...principles.map(({ id, title: shownTitle }) =>
      fromPlan(`Plan: ${titles.get(id) ?? shownTitle}`, (p) => p.principles[id]?.notes ?? ''),
    ),
    fromPlan(`Plan: ${planNames.objections}`, (p) => p.objections),
    fromPlan(`Plan: ${planNames.opening}`, (p) => p.opening),
  ];
}

function allColumns(
  personNames: ReadonlyMap<string, string>,
  principles: readonly ResolvedPrinciple[],
  titles: ReadonlyMap<string, string>,
): Column[] {
  return [
    ...fieldColumns(personNames),
    ...principleColumns(principles, titles),
    ...planColumns(principles, titles),
  ];
}

/** The column headers, in order; the Data page and the documentation describe the same list. */
export function csvHeaders(principles: readonly ResolvedPrinciple[]): string[] {
  return allColumns(new Map(), principles, new Map()).map(({ header }) => header);
}

/** Reflections with the plan each looks back on, then the plans no reflection in the snapshot looks back on. */
function csvRows(snapshot: JournalSnapshot): CsvRow[] {
  const reflectionIds = new Set(snapshot.reflections.map(({ id }) => id));
  const planOf = new Map<string, Preparation>();
  const ownRows: CsvRow[] = [];
  for (const preparation of snapshot.preparations) {
    const { reflectionId } = preparation;
    if (reflectionId !== null && reflectionIds.has(reflectionId) && !planOf.has(reflectionId)) {
      planOf.set(reflectionId, preparation);
    } else {
      ownRows.push({ reflection: null, preparation });
    }
  }
  return [
    ...snapshot.reflections.map((reflection) => ({
      reflection,
      preparation: planOf.get(reflection.id) ?? null,
    })),
    ...ownRows,
  ];
}

/**
 * For a spreadsheet: UTF-8 with a byte order mark (so Excel reads the accents right), CRLF line
 * ends, quoted per RFC 4180, formula-looking cells neutralised.
 */
export function toCsv(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]): string {
  const personNames = new Map(snapshot.people.map(({ id, name }) => [id, name]));
  const columns = allColumns(personNames, principles, principleTitlesOf(snapshot, principles));
  const lines = [columns.map(({ header }) => csvCell(header)).join(',')];
  for (const row of csvRows(snapshot)) {
    lines.push(columns.map(({ cell }) => csvCell(cell(row))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
