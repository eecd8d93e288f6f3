import * as z from 'zod';
import { isoInstantSchema, nameSchema, textLimits, textSchema, uuidV7Schema } from './fieldSchemas';
import { relationshipSchema } from './reflectionSchema';
import { newTimeOrderedId } from './timeOrderedId';

export const personSchema = z.strictObject({
  id: uuidV7Schema('Person id'),
  name: nameSchema('Name'),
  role: textSchema('Role', textLimits.name).default(''),
  team: textSchema('Team', textLimits.name).default(''),
  relationship: relationshipSchema.nullable().default(null),
  notes: textSchema('Notes about this person').default(''),
  createdAt: isoInstantSchema('Created at'),
  updatedAt: isoInstantSchema('Updated at'),
});

export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;

export function createPerson(input: {
  readonly now: Date;
  readonly name: string;
  readonly id?: string;
}): Person {
  const instant = input.now.toISOString();
  return personSchema.parse({
    id: input.id ?? newTimeOrderedId(input.now),
    name: input.name,
    createdAt: instant,
    updatedAt: instant,
  });
}
