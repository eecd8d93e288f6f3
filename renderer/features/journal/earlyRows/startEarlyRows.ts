import {
  dateOrderPreferences,
  defaultDateTimeFormatPreference,
  resolveDateTimeStyle,
  timeFormatPreferences,
  type DateTimeFormatPreference,
} from '../../../../shared/domain/dateTimeFormat';
import { outcomeLabels } from '../../../../shared/domain/reflectionLabels';
import { builtInPrinciples } from '../../../../shared/domain/principles';
import {
  resolveWeekStart,
  weekStartPreferences,
  type WeekStartPreference,
} from '../../../../shared/domain/weekStartPreference';
import { LOCALE_CONVENTIONS_STORAGE_KEY, localeConventions } from '../../../app/localeConventions';
import type { ListRowRecord } from '../../../db/records';
import { latestSchemaVersion } from '../../../db/schemaVersions';
import { appLocale } from '../../dateTime/currentDateTimeStyle';
import { isWelcomeSettled } from '../../welcome/welcomeState';
import { JOURNAL_LOADING_CLASS, opensJournalList } from '../journalPaging';
import { JOURNAL_ROW_REM, JOURNAL_WEEK_HEADING_REM } from '../journalRowSize';
import { namesOf, rowDate } from '../journalRowText';
import { createLocalWeekStartFinder, formatWeekHeading, startsWeek } from '../localWeeks';
import { buildEarlyJournal, buildEarlyListOver, showEarlyJournal, type EarlyRow } from './paintEarlyRows';
import { EARLY_JOURNAL_DATABASE_NAME } from './earlyJournalName';
import { startEarlyRead, type EarlyRead, type EarlyRowsData } from './readEarlyRows';

export { EARLY_JOURNAL_DATABASE_NAME } from './earlyJournalName';

/**
 * The early painter: a small module script of its own (`renderer/earlyRows.ts`, loaded async
 * beside the app's entry) that puts the journal's newest rows on screen while the app's code is
 * still loading, then steps aside for React. It only ever paints what React would paint there
 * and then; anything it cannot be sure of (another page, a first start, an empty journal, plans
 * above the list, settings it cannot read, an upgrade due) and it does nothing. The app never
 * waits for it and does not know it ran, beyond the marks below.
 */

/** Marked once the early rows have painted. */
export const EARLY_ROWS_PAINTED_MARK = 'list:painted';
/** React's own rows are in, the welcome took the page, or the journal could not open. */
export const HANDOVER_MARKS = ['list:interactive', 'welcome:shown', 'journal:cannot-open'] as const;
/** If none of those comes (an error page, a stalled start), the app's page shows anyway. */
const HANDOVER_TIMEOUT_MS = 10_000;

export type EarlyRowsOutcome =
  | 'painted'
  | 'other-page'
  | 'welcome'
  | 'no-conventions'
  | 'no-journal'
  | 'unreadable'
  | 'empty'
  | 'plans'
  | 'settings'
  | 'app-first';

/** Dexie keeps IndexedDB's version at ten times its own. */
const expectedIdbVersion = () => latestSchemaVersion * 10;

function hasMark(name: string): boolean {
  return performance.getEntriesByName(name, 'mark').length > 0;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * The saved date format and first weekday, read without their schemas (zod is most of what
 * the early painter must not load): never set, or a plain known value; anything else (a
 * value this build cannot read) is null, and React, which reads it properly, paints the rows.
 */
function readDateTimeFormat(value: unknown): DateTimeFormatPreference | null {
  if (value === undefined) return defaultDateTimeFormatPreference;
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return null;
  const { timeFormat, dateOrder } = value as Record<string, unknown>;
  return isOneOf(timeFormatPreferences, timeFormat) && isOneOf(dateOrderPreferences, dateOrder)
    ? { timeFormat, dateOrder }
    : null;
}

function readWeekStart(value: unknown): WeekStartPreference | null {
  if (value === undefined) return 'locale';
  return isOneOf(weekStartPreferences, value) ? value : null;
}

/**
 * Every string of each row as React writes it, from the same helpers; null when the journal
 * has settings only React can read (its own principles: their schema is zod's).
 */
export function earlyRowsFrom(data: EarlyRowsData, locale: string): EarlyRow[] | null {
  const dateTimeFormat = readDateTimeFormat(data.dateTimeFormat);
  const weekStart = readWeekStart(data.weekStart);
  if (dateTimeFormat === null || weekStart === null || data.principleSettings !== undefined) return null;
  const titles = new Map(builtInPrinciples.map(({ id, title }) => [id as string, title]));
  const conventions = localeConventions(locale);
  const style = resolveDateTimeStyle(dateTimeFormat, locale, conventions);
  const weekStartsOn = resolveWeekStart(weekStart, conventions.weekStartsOn);
  const weekStartOf = createLocalWeekStartFinder(weekStartsOn);
  const weekStarts = data.rows.map((row) => weekStartOf(row.sortKey));
  return data.rows.map((row: ListRowRecord, index) => ({
    id: row.id,
    date: rowDate(row, style),
    names: row.personIds.length === 0 ? 'No one yet' : namesOf(row.personIds, data.peopleById),
    starred: row.starred,
    isDraft: row.status === 'draft',
    asked: row.askedPreview === '' ? null : row.askedPreview,
    outcome: row.outcome === null ? null : outcomeLabels[row.outcome],
    principles: row.principleIds.map((id) => titles.get(id) ?? 'Removed principle'),
    tags: row.tags,
    weekHeading: startsWeek(weekStarts, index) ? formatWeekHeading(weekStarts[index] ?? 0, style) : null,
  }));
}

function rootFontPx(doc: Document): number {
  const size = Number.parseFloat(getComputedStyle(doc.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** Hands the page to React on the first of HANDOVER_MARKS, a change of address, or the timeout. */
function handOverWhenReady(win: Window, handOver: () => void): void {
  let observer: PerformanceObserver | null = null;
  const finish = () => {
    observer?.disconnect();
    win.removeEventListener('hashchange', finish);
    clearTimeout(timer);
    handOver();
  };
  const timer = setTimeout(finish, HANDOVER_TIMEOUT_MS);
  // A click on an early row (or any other address) is React's to show.
  win.addEventListener('hashchange', finish);
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (HANDOVER_MARKS.some((name) => list.getEntriesByName(name, 'mark').length > 0)) finish();
    });
    observer.observe({ type: 'mark' });
  }
  if (HANDOVER_MARKS.some(hasMark)) finish();
}

/** After the frame that draws the rows, as the list's own mark comes after its commit. */
function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * `read` is the read the early script started on its first line (startEarlyRead); without it
 * (tests) the read starts here.
 */
export async function startEarlyRows(
  win: Window = window,
  read: Promise<EarlyRead | null> | null = startEarlyRead(win, EARLY_JOURNAL_DATABASE_NAME),
): Promise<EarlyRowsOutcome> {
  const doc = win.document;
  const root = doc.getElementById('root');
  const startHash = win.location.hash;
  if (root === null || read === null || !opensJournalList(startHash)) return 'other-page';
  if (!isWelcomeSettled()) return 'welcome';
  // Without the language's remembered conventions the dates would need Intl (about 100 ms).
  if (win.localStorage.getItem(LOCALE_CONVENTIONS_STORAGE_KEY) === null) return 'no-conventions';
  const found = await read;
  // No journal, or not at this build's version (an upgrade is due): the app's own open decides.
  if (found === null || found.version !== expectedIdbVersion()) return 'no-journal';
  const { data } = found;
  if (data.rows.length === 0) return 'empty';
  if (data.hasPreparations) return 'plans';
  const rows = earlyRowsFrom(data, appLocale());
  if (rows === null) return 'settings';
  // React's rows are in (or the person moved on): its page stands as it is. With React's shell
  // up and its rows still loading, the rows go over the loading line; with anything else, nothing.
  if (hasMark('list:interactive') || win.location.hash !== startHash) return 'app-first';
  const loading = root.childNodes.length === 0 ? null : root.querySelector(`.${JOURNAL_LOADING_CLASS}`);
  if (root.childNodes.length > 0 && loading === null) return 'app-first';
  const fontPx = rootFontPx(doc);
  const layout = {
    rowRem: JOURNAL_ROW_REM,
    weekHeadingRem: JOURNAL_WEEK_HEADING_REM,
    rowPx: JOURNAL_ROW_REM * fontPx,
    weekHeadingPx: JOURNAL_WEEK_HEADING_REM * fontPx,
    setSize: data.isComplete ? rows.length : -1,
  };
  const layer =
    loading === null ? buildEarlyJournal(doc, rows, layout) : buildEarlyListOver(doc, rows, layout, loading);
  handOverWhenReady(win, showEarlyJournal(doc, root, layer));
  await afterNextFrame(win);
  performance.mark(EARLY_ROWS_PAINTED_MARK);
  return 'painted';
}
