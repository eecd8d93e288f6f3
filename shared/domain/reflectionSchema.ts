import * as z from 'zod';
import { checkAnswersSchema } from './checkAnswersSchema';
import {
  booleanSchema,
  isoInstantSchema,
  localDateTimeSchema,
  tagsSchema,
  textLimits,
  textSchema,
  timeZoneSchema,
  uniqueIdsSchema,
  uuidV7Schema,
} from './fieldSchemas';
import { epochMsToLocalDateTime, isValidTimeZone } from './localDateTime';
import { principleIdSchema } from './principles';
import {
  outcomeLabels,
  outcomeValues,
  reflectionFieldLabels,
  reflectionModeValues,
  reflectionStatusValues,
  relationshipLabels,
  relationshipValues,
} from './reflectionLabels';
import { newTimeOrderedId } from './timeOrderedId';
import { requiredMessage } from './validationMessages';

export { outcomeLabels, relationshipLabels } from './reflectionLabels';

/** Messages name a field by its question, quoted so it reads as one: “What did you ask for?” is required. */
const labels = Object.fromEntries(
  Object.entries(reflectionFieldLabels).map(([key, label]) => [
    key,
    label.endsWith('?') ? `“${label}”` : label,
  ]),
) as Record<keyof typeof reflectionFieldLabels, string>;

function oneOfSchema<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  names: readonly string[],
) {
  return z.enum(values, { error: `${label} must be one of: ${names.join(', ')}` });
}

export const relationshipSchema = oneOfSchema(
  labels.relationship,
  relationshipValues,
  Object.values(relationshipLabels),
);
export const outcomeSchema = oneOfSchema(labels.outcome, outcomeValues, Object.values(outcomeLabels));

const REVISION_MESSAGE = 'Revision must be a whole number of 0 or more';
/**
 * How many times the journal has written this reflection. Each write checks it and adds one,
 * so a window holding an older copy cannot write over a newer one. Records from before it
 * existed, and imports without it, read as 0.
 */
export const revisionSchema = z
  .int({ error: REVISION_MESSAGE })
  .min(0, { error: REVISION_MESSAGE })
  .default(0);

const RATING_MESSAGE = 'Rating must be a whole number from 1 to 5';
export const ratingSchema = z
  .int({ error: RATING_MESSAGE })
  .min(1, { error: RATING_MESSAGE })
  .max(5, { error: RATING_MESSAGE });

export const principleEntrySchema = z.strictObject({
  applied: booleanSchema('Applied').nullable().default(null),
  rating: ratingSchema.nullable().default(null),
  notes: textSchema('Principle notes').default(''),
  checks: checkAnswersSchema.default({}),
});

const nextStepSchema = z.strictObject({
  text: textSchema(labels.nextStep).default(''),
  followUpAt: localDateTimeSchema(labels.followUpAt).nullable().default(null),
  timeZone: timeZoneSchema('Follow-up time zone').default('UTC'),
});

/**
 * The lenient shape a draft autosave may have: only the id and timestamps are required.
 * A missing time zone defaults to UTC because it only matters once a date is set, and
 * createDraftReflection always sets both.
 */
const draftShape = {
  id: uuidV7Schema('Reflection id'),
  createdAt: isoInstantSchema('Created at'),
  updatedAt: isoInstantSchema('Updated at'),
  occurredAt: localDateTimeSchema(labels.occurredAt).nullable().default(null),
  timeZone: timeZoneSchema(labels.timeZone).default('UTC'),
  status: oneOfSchema('Status', reflectionStatusValues, ['Draft', 'Complete']).default('draft'),
  personIds: uniqueIdsSchema(labels.personIds, 'Person', textLimits.peoplePerReflection).default([]),
  relationship: relationshipSchema.nullable().default(null),
  asked: textSchema(labels.asked).default(''),
  context: textSchema(labels.context).default(''),
  approach: textSchema(labels.approach).default(''),
  outcome: outcomeSchema.nullable().default(null),
  expected: textSchema(labels.expected).default(''),
  actual: textSchema(labels.actual).default(''),
  whyDifferent: textSchema(labels.whyDifferent).default(''),
  principles: z
    .record(principleIdSchema, principleEntrySchema, {
      error: 'Principles must be an object keyed by principle id',
    })
    .default({}),
  learned: textSchema(labels.learned).default(''),
  nextStep: nextStepSchema.default({ text: '', followUpAt: null, timeZone: 'UTC' }),
  tags: tagsSchema(labels.tags).default([]),
  starred: booleanSchema('Starred').default(false),
  isPrivate: booleanSchema('Private').default(false),
  mode: oneOfSchema('Mode', reflectionModeValues, ['Guided', 'Quick']).default('guided'),
  deletedAt: isoInstantSchema('Deleted at').nullable().default(null),
  revision: revisionSchema,
  /** The preparation this reflection looks back on; absent in records and exports from before plans. */
  preparationId: uuidV7Schema('Preparation id').nullable().default(null),
};

export const reflectionDraftSchema = z.strictObject(draftShape);

const needsPersonMessage = 'Add at least one person';

const isBlank = (text: unknown) => typeof text !== 'string' || text.trim() === '';

/** A field a complete reflection still lacks, as the complete schema reports it. */
export interface CompletenessProblem {
  readonly path: readonly ['context' | 'personIds' | 'asked'];
  readonly message: string;
}

/**
 * What must be true before a reflection can be marked complete, beyond a date: for a guided
 * reflection who it was with and what was asked. A quick note needs only what happened, the one
 * question it is for, so saving never asks for a field the quick note does not show; a quick note
 * saved under the older rule (a person and a request) stays complete. The complete schema runs
 * it; an import whose reflections the draft schema already read runs it alone (the rest of the
 * complete schema is the draft's).
 */
export function completenessProblems(value: {
  readonly mode?: unknown;
  readonly personIds?: unknown;
  readonly asked?: unknown;
  readonly context?: unknown;
}): CompletenessProblem[] {
  // The fields are read defensively because, inside the schema, they may be the ones that failed.
  const hasPerson = Array.isArray(value.personIds) && value.personIds.length > 0;
  // Checked without trimming the stored text, so it stays exactly as typed.
  const hasRequest = !isBlank(value.asked);
  if (value.mode === 'quick') {
    return isBlank(value.context) && !(hasPerson && hasRequest)
      ? [{ message: requiredMessage(labels.context), path: ['context'] }]
      : [];
  }
  const problems: CompletenessProblem[] = [];
  if (!hasPerson) problems.push({ message: needsPersonMessage, path: ['personIds'] });
  if (!hasRequest) problems.push({ message: requiredMessage(labels.asked), path: ['asked'] });
  return problems;
}

/** A complete reflection: when it happened, and what completenessProblems asks for. */
export const reflectionCompleteSchema = z
  .strictObject({
    ...draftShape,
    occurredAt: localDateTimeSchema(labels.occurredAt),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields failed, so one refusal names everything missing at once.
      for (const { message, path } of completenessProblems(value))
        ctx.addIssue({ code: 'custom', message, path: [...path] });
    },
    { when: () => true },
  );

export type Reflection = z.output<typeof reflectionDraftSchema>;
export type ReflectionInput = z.input<typeof reflectionDraftSchema>;
export type CompleteReflection = z.output<typeof reflectionCompleteSchema>;
export type PrincipleEntry = z.output<typeof principleEntrySchema>;
export type NextStep = z.output<typeof nextStepSchema>;

export function createDraftReflection(input: {
  readonly now: Date;
  readonly timeZone: string;
  readonly id?: string;
}): Reflection {
  // Checked first so a bad zone fails with its own name rather than inside the date conversion.
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone: ${input.timeZone}`);
  const instant = input.now.toISOString();
  return reflectionDraftSchema.parse({
    id: input.id ?? newTimeOrderedId(input.now),
    createdAt: instant,
    updatedAt: instant,
    occurredAt: epochMsToLocalDateTime(input.now.getTime(), input.timeZone),
    timeZone: input.timeZone,
    nextStep: { timeZone: input.timeZone },
  });
}
