import type { ResolvedPrinciple } from '../domain/principles';
import { outcomeLabels, relationshipLabels } from '../domain/reflectionLabels';
import type { Reflection } from '../domain/reflectionSchema';
import { exportFieldNames as names, exportStatusNames } from './exportFormat';
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

interface Column {
  readonly header: string;
  readonly cell: (reflection: Reflection) => string;
}

function fieldColumns(personNames: ReadonlyMap<string, string>): Column[] {
  return [
    { header: names.occurredAt, cell: (r) => localDateTimeCell(r.occurredAt) },
    { header: names.timeZone, cell: (r) => r.timeZone },
    { header: names.status, cell: (r) => exportStatusNames[r.status] },
    {
      header: names.people,
      cell: (r) => r.personIds.map((id) => personNames.get(id) ?? id).join(LIST_SEPARATOR),
    },
    {
      header: names.relationship,
      cell: (r) => (r.relationship === null ? '' : relationshipLabels[r.relationship]),
    },
    { header: names.asked, cell: (r) => r.asked },
    { header: names.context, cell: (r) => r.context },
    { header: names.approach, cell: (r) => r.approach },
    { header: names.outcome, cell: (r) => (r.outcome === null ? '' : outcomeLabels[r.outcome]) },
    { header: names.expected, cell: (r) => r.expected },
    { header: names.actual, cell: (r) => r.actual },
    { header: names.whyDifferent, cell: (r) => r.whyDifferent },
    { header: names.learned, cell: (r) => r.learned },
    { header: names.nextStep, cell: (r) => r.nextStep.text },
    { header: names.followUpAt, cell: (r) => localDateTimeCell(r.nextStep.followUpAt) },
    { header: names.tags, cell: (r) => r.tags.join(LIST_SEPARATOR) },
    { header: names.starred, cell: (r) => yesNo(r.starred) },
    { header: names.isPrivate, cell: (r) => yesNo(r.isPrivate) },
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
      { header: `${title} applied`, cell: (r: Reflection) => yesNo(r.principles[id]?.applied ?? null) },
      { header: `${title} rating`, cell: (r: Reflection) => String(r.principles[id]?.rating ?? '') },
    ];
  });
}

/** The column headers, in order; the Data page and the documentation describe the same list. */
export function csvHeaders(principles: readonly ResolvedPrinciple[]): string[] {
  return [...fieldColumns(new Map()), ...principleColumns(principles, new Map())].map(({ header }) => header);
}

/**
 * One row per reflection, for a spreadsheet: UTF-8 with a byte order mark (so Excel reads the
 * accents right), CRLF line ends, quoted per RFC 4180, formula-looking cells neutralised.
 */
export function toCsv(snapshot: JournalSnapshot, principles: readonly ResolvedPrinciple[]): string {
  const personNames = new Map(snapshot.people.map(({ id, name }) => [id, name]));
  const columns = [
    ...fieldColumns(personNames),
    ...principleColumns(principles, principleTitlesOf(snapshot, principles)),
  ];
  const lines = [columns.map(({ header }) => csvCell(header)).join(',')];
  for (const reflection of snapshot.reflections) {
    lines.push(columns.map(({ cell }) => csvCell(cell(reflection))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
