import { dateTimeFormatPreferenceSchema } from '../../../shared/domain/dateTimeFormatPreferenceSchema';
import { createPerson, personSchema } from '../../../shared/domain/personSchema';
import { preparationDraftSchema, preparationReadySchema } from '../../../shared/domain/preparationSchema';
import { principleSettingSchema, principleSettingsSchema } from '../../../shared/domain/principles';
import { reflectionCompleteSchema, reflectionDraftSchema } from '../../../shared/domain/reflectionSchema';
import { weekStartPreferenceSchema } from '../../../shared/domain/weekStartPreferenceSchema';
import { parseStoredPrincipleSettings } from './storedPrincipleSettings';
import { provideWriteSchemas } from './writeSchemas';

/**
 * Everything zod the repositories need, in one lazily loaded chunk (see writeSchemas.ts). A
 * module outside the start-up that checks inside a transaction may import this file itself:
 * loading it registers the set, so the check never has to wait.
 */
export const writeSchemaSet = {
  createPerson,
  dateTimeFormatPreferenceSchema,
  parseStoredPrincipleSettings,
  personSchema,
  preparationDraftSchema,
  preparationReadySchema,
  principleSettingSchema,
  principleSettingsSchema,
  reflectionCompleteSchema,
  reflectionDraftSchema,
  weekStartPreferenceSchema,
};

provideWriteSchemas(writeSchemaSet);
