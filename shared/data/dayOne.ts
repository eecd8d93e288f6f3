import { UUID } from 'uuidv7';
import * as z from 'zod';
import { isoInstantSchema, textLimits } from '../domain/fieldSchemas';
import { epochMsToLocalDateTime, isValidTimeZone } from '../domain/localDateTime';
import { reflectionDraftSchema, type Reflection } from '../domain/reflectionSchema';
import { fieldErrors, wrongTypeMessage } from '../domain/validationMessages';
import { ImportFileError, importErrorFromIssues } from './importErrors';
import type { JournalSnapshot } from './journalSnapshot';

/**
 * Day One's JSON export, read into a journal snapshot. Each entry becomes one draft reflection in
 * quick mode: a Day One entry names no person and asks for nothing, so it cannot be complete, and
 * its text is kept whole as the context ("What happened?"), never guessed into other questions.
 * Photos and other media are not imported; their links are taken out of the text and listed. An
 * entry that held only a photo still comes in, with its date and tags, so every entry is there.
 */
export const DAY_ONE_TAG = 'Day One';

export interface AttachmentsNotImported {
  readonly reflectionId: string;
  readonly dayOneUuid: string;
  readonly count: number;
  readonly identifiers: readonly string[];
}

export interface SkippedDayOneEntry {
  readonly dayOneUuid: string;
  readonly reason: string;
}

export interface DayOneReading {
  readonly snapshot: JournalSnapshot;
  readonly attachmentsNotImported: readonly AttachmentsNotImported[];
  readonly skipped: readonly SkippedDayOneEntry[];
  /** Things changed on the way in that a person may want to know, such as an unknown time zone. */
  readonly notices: readonly string[];
}

// Media are never imported, so their details are not checked; only string identifiers are listed.
const mediaSchema = z.array(z.unknown()).optional();

const dayOneEntrySchema = z.looseObject({
  uuid: z
    .string({ error: wrongTypeMessage('uuid', 'text') })
    .trim()
    .min(1, { error: 'uuid cannot be empty' })
    .max(100, { error: 'uuid is too long' }),
  creationDate: isoInstantSchema('creationDate'),
  modifiedDate: isoInstantSchema('modifiedDate').optional(),
  timeZone: z.string({ error: wrongTypeMessage('timeZone', 'text') }).optional(),
  text: z.string({ error: wrongTypeMessage('text', 'text') }).default(''),
  tags: z
    .array(z.string({ error: 'Each tag must be text' }), { error: wrongTypeMessage('tags', 'a list') })
    .default([]),
  starred: z.boolean({ error: wrongTypeMessage('starred', 'true or false') }).default(false),
  photos: mediaSchema,
  videos: mediaSchema,
  audios: mediaSchema,
  pdfAttachments: mediaSchema,
});

const dayOneFileSchema = z.looseObject({
  metadata: z.looseObject({}).optional(),
  entries: z.array(dayOneEntrySchema, { error: wrongTypeMessage('entries', 'a list') }),
});

type DayOneEntry = z.output<typeof dayOneEntrySchema>;

/** Day One files are objects with an `entries` list and, from every version seen, `metadata`. */
export function isDayOneExport(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { entries, metadata } = value as { entries?: unknown; metadata?: unknown };
  return Array.isArray(entries) && typeof metadata === 'object' && metadata !== null;
}

// Day One escapes every Markdown punctuation mark it writes (`\.`, `\-`, `\!`, `\(`).
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;
// A media link on a line of its own goes with its line; one inside a sentence goes alone.
const MEDIA_LINE = /^[ \t]*!?\[[^\]\n]*\]\((dayone-moment:[^)\s]*)\)[ \t]*(?:\r?\n|$)/gm;
const MEDIA_LINK = /!?\[[^\]\n]*\]\((dayone-moment:[^)\s]*)\)|(dayone-moment:[^\s)\]]+)/g;

function mediaIdentifier(url: string): string {
  const last =
    url
      .replace(/^dayone-moment:\/*/, '')
      .split('/')
      .pop() ?? '';
  return last.slice(0, 200);
}

/** The text as the person wrote it: escapes undone, media links out, and the identifiers they named. */
export function cleanDayOneText(text: string): { text: string; mediaIdentifiers: string[] } {
  const mediaIdentifiers: string[] = [];
  const collect = (url: string | undefined): string => {
    if (url !== undefined) mediaIdentifiers.push(mediaIdentifier(url));
    return '';
  };
  const withoutMedia = text
    .replace(MEDIA_LINE, (_line, url?: string) => collect(url))
    .replace(MEDIA_LINK, (_match, linked?: string, bare?: string) => collect(linked ?? bare));
  const cleaned = withoutMedia
    .replace(MARKDOWN_ESCAPE, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: cleaned, mediaIdentifiers };
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const MAX_UUID_TIME = 2 ** 48 - 1;

/**
 * A UUIDv7 that is always the same for the same Day One entry, so importing a file twice finds
 * its own reflections: the time field is the entry's creation, the random fields a hash of its
 * uuid (and part, when a long entry was split). Dates before 1970 clamp to 1970 in the id only.
 */
export function dayOneReflectionId(dayOneUuid: string, creationEpochMs: number, part = 0): string {
  const key = `${dayOneUuid.toUpperCase()}#${part}`;
  const time = Math.min(Math.max(0, Math.trunc(creationEpochMs)), MAX_UUID_TIME);
  return UUID.fromFieldsV7(
    time,
    fnv1a(key, 0x811c9dc5) & 0xfff,
    fnv1a(key, 0x01000193) >>> 2,
    fnv1a(key, 0x9e3779b9),
  ).toString();
}

/**
 * Text over the field's limit becomes several parts rather than being cut: each ends at the last
 * paragraph, line or space before the limit, so no word is split and none is lost.
 */
export function splitLongText(text: string, limit: number = textLimits.longText): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const breakAt = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find(
      (index) => index > limit / 2,
    );
    let cut = breakAt ?? limit;
    // Never between the two halves of an emoji or other surrogate pair.
    if (breakAt === undefined && /[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts;
}

interface TagsResult {
  readonly tags: string[];
  readonly dropped: string[];
}

/** The entry's tags, trimmed and unique ignoring case, within the journal's limits, plus "Day One". */
function importedTags(tags: readonly string[]): TagsResult {
  const kept: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>([DAY_ONE_TAG.toLowerCase()]);
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    if (tag.length > textLimits.tag || kept.length >= textLimits.tagsPerReflection - 1) {
      dropped.push(tag);
      continue;
    }
    seen.add(tag.toLowerCase());
    kept.push(tag);
  }
  return { tags: [...kept, DAY_ONE_TAG], dropped };
}

function attachmentIdentifiers(entry: DayOneEntry, fromText: readonly string[]): string[] {
  const listed = [entry.photos, entry.videos, entry.audios, entry.pdfAttachments].flatMap((media) =>
    (media ?? []).flatMap((item) => {
      const id =
        typeof item === 'object' && item !== null ? (item as { identifier?: unknown }).identifier : null;
      return typeof id === 'string' ? [id.slice(0, 200)] : [];
    }),
  );
  return [...new Set([...fromText, ...listed].filter((id) => id !== ''))];
}

function shortUuid(uuid: string): string {
  return uuid.length > 40 ? `${uuid.slice(0, 40)}…` : uuid;
}

interface EntryResult {
  readonly reflections: Reflection[];
  readonly attachments: AttachmentsNotImported | null;
  readonly notices: string[];
}

function convertEntry(entry: DayOneEntry, fileName: string): EntryResult {
  const created = Date.parse(entry.creationDate);
  const modified = entry.modifiedDate === undefined ? created : Date.parse(entry.modifiedDate);
  const label = `Day One entry ${shortUuid(entry.uuid)}`;
  const notices: string[] = [];
  let timeZone = entry.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    notices.push(
      `${label}: the time zone “${timeZone.slice(0, 64)}” is not known, so its time is shown in UTC.`,
    );
    timeZone = 'UTC';
  }
  const { text, mediaIdentifiers } = cleanDayOneText(entry.text);
  const identifiers = attachmentIdentifiers(entry, mediaIdentifiers);
  const { tags, dropped } = importedTags(entry.tags);
  if (dropped.length > 0) {
    notices.push(
      `${label}: ${dropped.length} tag(s) left out (too long or too many): ${dropped.map((tag) => (tag.length > 60 ? `${tag.slice(0, 60)}…` : tag)).join(', ')}.`,
    );
  }
  const firstId = dayOneReflectionId(entry.uuid, created);
  const attachments =
    identifiers.length === 0
      ? null
      : { reflectionId: firstId, dayOneUuid: entry.uuid, count: identifiers.length, identifiers };
  const parts = splitLongText(text);
  if (parts.length > 1) {
    notices.push(
      `${label}: its text is longer than one reflection holds, so it became ${parts.length} reflections.`,
    );
  }
  const reflections = parts.map((context, part) => {
    const result = reflectionDraftSchema.safeParse({
      id: part === 0 ? firstId : dayOneReflectionId(entry.uuid, created, part),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(Math.max(created, modified)).toISOString(),
      occurredAt: epochMsToLocalDateTime(created, timeZone),
      timeZone,
      status: 'draft',
      mode: 'quick',
      context,
      tags,
      starred: entry.starred,
      nextStep: { text: '', followUpAt: null, timeZone },
    });
    if (result.success) return result.data;
    // Only a date the journal cannot hold (before year 1 or after 9999) gets here.
    const problem = Object.values(fieldErrors(result.error))[0] ?? 'it does not fit the journal';
    throw new ImportFileError(`“${fileName}” from Day One cannot be imported. ${label}: ${problem}.`);
  });
  return { reflections, attachments, notices };
}

function parseFile(name: string, json: unknown): DayOneEntry[] {
  const result = dayOneFileSchema.safeParse(json);
  if (result.success) return result.data.entries;
  const error = importErrorFromIssues(result.error.issues, json);
  throw new ImportFileError(
    `${error.message.replace(/^This file cannot be imported\. /, `“${name}” from Day One cannot be imported. `)}`,
    {
      cause: result.error,
    },
  );
}

/** One or more Day One journal files (a zip may hold several) as one snapshot for planning an import. */
export function readDayOne(
  files: readonly { readonly name: string; readonly json: unknown }[],
): DayOneReading {
  const reflections: Reflection[] = [];
  const attachmentsNotImported: AttachmentsNotImported[] = [];
  const skipped: SkippedDayOneEntry[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    for (const entry of parseFile(file.name, file.json)) {
      const key = entry.uuid.toUpperCase();
      if (seen.has(key)) {
        skipped.push({ dayOneUuid: entry.uuid, reason: 'the same entry appears earlier in the export' });
        continue;
      }
      seen.add(key);
      const result = convertEntry(entry, file.name);
      reflections.push(...result.reflections);
      if (result.attachments !== null) attachmentsNotImported.push(result.attachments);
      notices.push(...result.notices);
    }
  }
  return {
    snapshot: { people: [], principleSettings: [], reflections, preparations: [], reminders: [] },
    attachmentsNotImported,
    skipped,
    notices,
  };
}
