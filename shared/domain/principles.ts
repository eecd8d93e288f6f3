import * as z from 'zod';
import { booleanSchema, nameSchema, textLimits, textSchema, uuidV7Schema } from './fieldSchemas';
import { newTimeOrderedId } from './timeOrderedId';
import { tooManyMessage, wrongTypeMessage } from './validationMessages';
import { isBuiltInPrincipleId } from './builtInPrinciples';

// The schemas of the principle settings. What the journal shows without checking anything
// (the built-ins, resolvePrinciples) is in builtInPrinciples.ts, re-exported here.
export * from './builtInPrinciples';

const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Built-in ids are fixed words; custom principles get UUIDv7 ids, so the two can never collide. */
export const principleIdSchema = z
  .string({ error: wrongTypeMessage('Principle id', 'text') })
  .max(textLimits.id, { error: 'Principle id is not a known principle' })
  .refine((value) => isBuiltInPrincipleId(value) || UUID_V7_PATTERN.test(value), {
    error: 'Principle id is not a known principle',
  });

const promptsSchema = z
  .array(textSchema('Prompt', textLimits.shortText), { error: wrongTypeMessage('Prompts', 'a list') })
  .max(6, { error: tooManyMessage('prompts', 6) });

const principleOverrideSchema = z.strictObject({
  kind: z.literal('override'),
  principleId: principleIdSchema,
  title: nameSchema('Principle name').optional(),
  description: textSchema('Principle description', textLimits.shortText).optional(),
  isHidden: booleanSchema('Hidden').optional(),
});

const customPrincipleSchema = z.strictObject({
  kind: z.literal('custom'),
  id: uuidV7Schema('Custom principle id'),
  title: nameSchema('Principle name'),
  description: textSchema('Principle description', textLimits.shortText).default(''),
  prompts: promptsSchema.default([]),
  isHidden: booleanSchema('Hidden').default(false),
});

/** One user change to the principle list; a settings file holds an ordered list of them. */
export const principleSettingSchema = z.discriminatedUnion(
  'kind',
  [principleOverrideSchema, customPrincipleSchema],
  {
    error: 'Principle setting must be an override or a custom principle',
  },
);

export const principleSettingsSchema = z
  .array(principleSettingSchema, { error: wrongTypeMessage('Principle settings', 'a list') })
  .max(200, { error: tooManyMessage('principle settings', 200) });

export type PrincipleSetting = z.output<typeof principleSettingSchema>;
export type PrincipleOverride = z.output<typeof principleOverrideSchema>;
export type CustomPrinciple = z.output<typeof customPrincipleSchema>;

export function createCustomPrinciple(input: {
  readonly now: Date;
  readonly title: string;
  readonly description?: string;
  readonly prompts?: readonly string[];
  readonly id?: string;
}): CustomPrinciple {
  return customPrincipleSchema.parse({
    kind: 'custom',
    id: input.id ?? newTimeOrderedId(input.now),
    title: input.title,
    description: input.description ?? '',
    prompts: input.prompts ?? [],
  });
}
