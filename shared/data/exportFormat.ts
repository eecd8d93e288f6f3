import * as z from 'zod';
import {
  booleanSchema,
  isoInstantSchema,
  nameSchema,
  textLimits,
  uuidV7Schema,
} from '../domain/fieldSchemas';
import { isExistingDate, parseLocalDate } from '../domain/localDateTime';
import { personSchema } from '../domain/personSchema';
import { preparationFieldLabels, preparationPrincipleNotesLabel } from '../domain/preparationLabels';
import { preparationDraftSchema, preparationReadySchema } from '../domain/preparationSchema';
import { principleIdSchema, principleSettingsSchema } from '../domain/principles';
import { principleEntryLabels, reflectionFieldLabels as labels } from '../domain/reflectionLabels';
import { reflectionDraftSchema } from '../domain/reflectionSchema';
import { wrongTypeMessage } from '../domain/validationMessages';
import { REMINDERS_LIMIT, reminderSchema } from '../reminders/reminderSchema';

/** Written into every file so a reader can tell ours from any other JSON before looking further. */
export const JOURNAL_EXPORT_FORMAT = 'influence-journal';
/**
 * Raised only when a file written by this version could be misread by an older reader. Version 2
 * added `preparations` and each reflection's `preparationId`: version 1 readers refuse keys they
 * do not know, so they say the file needs a newer app instead of dropping the plans.
 */
export const JOURNAL_EXPORT_VERSION = 2;

export const exportNameModes = ['real', 'initials', 'labels'] as const;
export type ExportNameMode = (typeof exportNameModes)[number];

/**
 * One name per field, the words the reflection form shows, so a coach reading a CSV column, a
 * Markdown heading or the documentation meets the same question the person answered.
 */
export const exportFieldNames = {
  occurredAt: labels.occurredAt,
  timeZone: labels.timeZone,
  status: 'Status',
  people: labels.personIds,
  relationship: labels.relationship,
  asked: labels.asked,
  context: labels.context,
  approach: labels.approach,
  outcome: labels.outcome,
  expected: labels.expected,
  actual: labels.actual,
  whyDifferent: labels.whyDifferent,
  learned: labels.learned,
  nextStep: labels.nextStep,
  followUpAt: labels.followUpAt,
  tags: labels.tags,
  starred: labels.starred,
  isPrivate: labels.isPrivate,
  principleApplied: principleEntryLabels.applied,
  principleRating: principleEntryLabels.rating,
  principleNotes: principleEntryLabels.notes,
} as const;

export const exportStatusNames = { draft: 'Draft', complete: 'Complete' } as const;

/** A preparation's fields by the words its form asks them with, as exportFieldNames does for reflections. */
export const preparationExportFieldNames = {
  plannedAt: preparationFieldLabels.plannedAt,
  timeZone: preparationFieldLabels.timeZone,
  status: 'Status',
  people: preparationFieldLabels.personIds,
  goal: preparationFieldLabels.goal,
  principleNotes: preparationPrincipleNotesLabel,
  objections: preparationFieldLabels.objections,
  opening: preparationFieldLabels.opening,
  remindAfterMinutes: preparationFieldLabels.remindAfterMinutes,
} as const;

export const preparationExportStatusNames = { draft: 'Draft', ready: 'Ready' } as const;

function exportDateSchema(label: string) {
  const message = `${label} must be a real date such as 2026-03-14`;
  // The pattern alone is what the JSON Schema can say; the calendar check is ours.
  return z
    .string({ error: wrongTypeMessage(label, 'a date such as 2026-03-14') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: message })
    .refine(
      (value) => {
        const parts = parseLocalDate(value);
        return parts !== null && isExistingDate(parts);
      },
      { error: message },
    );
}

export const exportOptionsSchema = z
  .strictObject({
    from: exportDateSchema('From').nullable(),
    to: exportDateSchema('To').nullable(),
    // null means "no filter"; an empty list would select nothing, which is never what someone means.
    personIds: z.array(uuidV7Schema('Person id'), { error: wrongTypeMessage('People', 'a list') }).nullable(),
    principleIds: z.array(principleIdSchema, { error: wrongTypeMessage('Principles', 'a list') }).nullable(),
    tags: z
      .array(nameSchema('Tag', textLimits.tag), { error: wrongTypeMessage('Tags', 'a list') })
      .nullable(),
    includePrivate: booleanSchema('Include private reflections'),
    names: z.enum(exportNameModes, { error: 'Names must be one of: real, initials, labels' }),
  })
  .refine(({ from, to }) => from === null || to === null || from <= to, {
    error: 'From must not be after To',
    path: ['to'],
  });

export type ExportOptions = z.output<typeof exportOptionsSchema>;

export const defaultExportOptions: ExportOptions = {
  from: null,
  to: null,
  personIds: null,
  principleIds: null,
  tags: null,
  includePrivate: false,
  names: 'real',
};

interface ExportRecords {
  readonly people: readonly { readonly id: string }[];
  readonly reflections: readonly { readonly id: string; readonly personIds: readonly string[] }[];
  readonly preparations: readonly { readonly id: string; readonly personIds: readonly string[] }[];
  readonly reminders: readonly { readonly id: string; readonly reflectionId?: string | undefined }[];
}

function addDuplicateIdIssues(
  ctx: z.RefinementCtx,
  records: readonly { readonly id: string }[],
  list: string,
  noun: string,
): void {
  const seen = new Set<string>();
  records.forEach(({ id }, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'id'],
        message: `Another ${noun} has the id ${id}`,
      });
    }
    seen.add(id);
  });
}

function addMissingPeopleIssues(
  ctx: z.RefinementCtx,
  records: readonly { readonly personIds: readonly string[] }[],
  list: string,
  personIds: ReadonlySet<string>,
): void {
  records.forEach((record, index) => {
    record.personIds.forEach((personId, position) => {
      if (!personIds.has(personId)) {
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'personIds', position],
          message: `People lists a person who is not in the file (${personId})`,
        });
      }
    });
  });
}

/** A plan marked ready must be one the app would have let the person mark ready. */
function addUnreadyPlanIssues(ctx: z.RefinementCtx, preparations: readonly object[]): void {
  preparations.forEach((preparation, index) => {
    if ((preparation as { status?: unknown }).status !== 'ready') return;
    const result = preparationReadySchema.safeParse(preparation);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['preparations', index, ...issue.path], message: issue.message });
    }
  });
}

/**
 * The file must stand on its own: every person and reminder it refers to is in it, once. The link
 * between a preparation and its reflection may name one the file leaves out (a private
 * reflection, another period, the Trash): the app shows such a plan or reflection on its own.
 */
function checkReferences(file: ExportRecords, ctx: z.RefinementCtx): void {
  addDuplicateIdIssues(ctx, file.people, 'people', 'person');
  addDuplicateIdIssues(ctx, file.reflections, 'reflections', 'reflection');
  addDuplicateIdIssues(ctx, file.preparations, 'preparations', 'preparation');
  addDuplicateIdIssues(ctx, file.reminders, 'reminders', 'reminder');
  const personIds = new Set(file.people.map(({ id }) => id));
  addMissingPeopleIssues(ctx, file.reflections, 'reflections', personIds);
  addMissingPeopleIssues(ctx, file.preparations, 'preparations', personIds);
  addUnreadyPlanIssues(ctx, file.preparations);
  const reflectionIds = new Set(file.reflections.map(({ id }) => id));
  file.reminders.forEach((reminder, index) => {
    if (reminder.reflectionId === undefined || !reflectionIds.has(reminder.reflectionId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reminders', index, 'reflectionId'],
        message: 'A reminder in the file must belong to a reflection in the file',
      });
    }
  });
}

const journalExportShape = {
  format: z.literal(JOURNAL_EXPORT_FORMAT, { error: `Format must be "${JOURNAL_EXPORT_FORMAT}"` }),
  version: z.literal(JOURNAL_EXPORT_VERSION, { error: `Version must be ${JOURNAL_EXPORT_VERSION}` }),
  appVersion: nameSchema('App version', 50),
  exportedAt: isoInstantSchema('Exported at'),
  journalId: uuidV7Schema('Journal id'),
  options: exportOptionsSchema,
  people: z.array(personSchema, { error: wrongTypeMessage('People', 'a list') }),
  principleSettings: principleSettingsSchema,
  reflections: z.array(reflectionDraftSchema, { error: wrongTypeMessage('Reflections', 'a list') }),
  preparations: z.array(preparationDraftSchema, { error: wrongTypeMessage('Preparations', 'a list') }),
  reminders: z
    .array(reminderSchema, { error: wrongTypeMessage('Reminders', 'a list') })
    .max(REMINDERS_LIMIT, { error: `Too many reminders (${REMINDERS_LIMIT} at most)` }),
};

/** The file's keys in the order they are written. */
export const journalExportKeys = Object.keys(journalExportShape) as (keyof typeof journalExportShape)[];

export const journalExportSchema = z.strictObject(journalExportShape).superRefine(checkReferences).meta({
  title: 'Influence Journal export',
  description:
    'A journal, or the part of it a person chose, as written by Influence Journal. See docs/export-format.md.',
});

export type JournalExport = z.output<typeof journalExportSchema>;
export type JournalExportInput = z.input<typeof journalExportSchema>;

/**
 * The file without its reflections, its references checked against the reflections' ids and
 * people: what an export that checks and writes its reflections part by part checks at the end.
 */
export function journalExportHeadSchema(reflections: ExportRecords['reflections']) {
  const { reflections: _reflections, ...head } = journalExportShape;
  return z.strictObject(head).superRefine((file, ctx) => checkReferences({ ...file, reflections }, ctx));
}
