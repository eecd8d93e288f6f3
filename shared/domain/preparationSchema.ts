import * as z from 'zod';
import {
  isoInstantSchema,
  localDateTimeSchema,
  textLimits,
  textSchema,
  timeZoneSchema,
  uniqueIdsSchema,
  uuidV7Schema,
} from './fieldSchemas';
import { isValidTimeZone } from './localDateTime';
import { preparationFieldLabels, preparationStatusValues } from './preparationLabels';
import { principleIdSchema } from './principles';
import { revisionSchema } from './reflectionSchema';
import { newTimeOrderedId } from './timeOrderedId';
import { requiredMessage } from './validationMessages';

/** Messages name a field by its question, quoted so it reads as one: “What do you want from it?” is required. */
const labels = Object.fromEntries(
  Object.entries(preparationFieldLabels).map(([key, label]) => [
    key,
    label.endsWith('?') ? `“${label}”` : label,
  ]),
) as Record<keyof typeof preparationFieldLabels, string>;

export const DEFAULT_REMIND_AFTER_MINUTES = 30;
/** A day: a reminder later than that is no longer "after the conversation". */
export const MAX_REMIND_AFTER_MINUTES = 1440;

const REMIND_MESSAGE = `${labels.remindAfterMinutes} must be a whole number of minutes from 0 to ${MAX_REMIND_AFTER_MINUTES}`;

export const remindAfterMinutesSchema = z
  .int({ error: REMIND_MESSAGE })
  .min(0, { error: REMIND_MESSAGE })
  .max(MAX_REMIND_AFTER_MINUTES, { error: REMIND_MESSAGE });

export const preparationPrincipleSchema = z.strictObject({
  notes: textSchema('Principle plan').default(''),
});

/**
 * The lenient shape a draft autosave may have: only the id and timestamps are required, so a
 * half-written plan is always kept.
 */
const draftShape = {
  id: uuidV7Schema('Preparation id'),
  createdAt: isoInstantSchema('Created at'),
  updatedAt: isoInstantSchema('Updated at'),
  status: z.enum(preparationStatusValues, { error: 'Status must be one of: Draft, Ready' }).default('draft'),
  personIds: uniqueIdsSchema(labels.personIds, 'Person', textLimits.peoplePerReflection).default([]),
  plannedAt: localDateTimeSchema(labels.plannedAt).nullable().default(null),
  timeZone: timeZoneSchema(labels.timeZone).default('UTC'),
  goal: textSchema(labels.goal).default(''),
  principles: z
    .record(principleIdSchema, preparationPrincipleSchema, {
      error: 'Principles must be an object keyed by principle id',
    })
    .default({}),
  objections: textSchema(labels.objections).default(''),
  opening: textSchema(labels.opening).default(''),
  remindAfterMinutes: remindAfterMinutesSchema.default(DEFAULT_REMIND_AFTER_MINUTES),
  reflectionId: uuidV7Schema('Reflection id').nullable().default(null),
  deletedAt: isoInstantSchema('Deleted at').nullable().default(null),
  revision: revisionSchema,
};

export const preparationDraftSchema = z.strictObject(draftShape);

const needsPersonMessage = 'Add the person the conversation is with';
const isBlank = (text: unknown) => typeof text !== 'string' || text.trim() === '';

/** What must be true before a preparation is ready: who it is with and what is wanted from it. */
export const preparationReadySchema = z.strictObject(draftShape).superRefine(
  (value, ctx) => {
    // Runs even when other fields failed, so one refusal names everything missing at once.
    if (!Array.isArray(value.personIds) || value.personIds.length === 0)
      ctx.addIssue({ code: 'custom', message: needsPersonMessage, path: ['personIds'] });
    if (isBlank(value.goal))
      ctx.addIssue({ code: 'custom', message: requiredMessage(labels.goal), path: ['goal'] });
  },
  { when: () => true },
);

export type Preparation = z.output<typeof preparationDraftSchema>;
export type PreparationInput = z.input<typeof preparationDraftSchema>;

export function createDraftPreparation(input: {
  readonly now: Date;
  readonly timeZone: string;
  readonly id?: string;
  readonly personIds?: readonly string[];
}): Preparation {
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone: ${input.timeZone}`);
  const instant = input.now.toISOString();
  return preparationDraftSchema.parse({
    id: input.id ?? newTimeOrderedId(input.now),
    createdAt: instant,
    updatedAt: instant,
    timeZone: input.timeZone,
    personIds: [...(input.personIds ?? [])],
  });
}
