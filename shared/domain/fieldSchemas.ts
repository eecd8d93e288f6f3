import * as z from 'zod';
import { isExistingDate, isExistingTime, isValidTimeZone, parseLocalDateTime } from './localDateTime';
import { tooLongMessage, tooManyMessage, wrongTypeMessage } from './validationMessages';

/** Caps for every string the journal stores, so a pasted novel or a hostile import cannot bloat a row. */
export const textLimits = {
  longText: 20_000,
  name: 200,
  shortText: 500,
  tag: 50,
  tagsPerReflection: 30,
  peoplePerReflection: 50,
  timeZone: 64,
  id: 80,
} as const;

export function textSchema(label: string, max: number = textLimits.longText) {
  return z.string({ error: wrongTypeMessage(label, 'text') }).max(max, { error: tooLongMessage(label, max) });
}

/** Trimmed and non-empty: for names and titles, where surrounding spaces are never meant. */
export function nameSchema(label: string, max: number = textLimits.name) {
  return z
    .string({ error: wrongTypeMessage(label, 'text') })
    .trim()
    .min(1, { error: `${label} cannot be empty` })
    .max(max, { error: tooLongMessage(label, max) });
}

export function booleanSchema(label: string) {
  return z.boolean({ error: wrongTypeMessage(label, 'true or false') });
}

export function uuidV7Schema(label: string) {
  return z.uuid({
    version: 'v7',
    error: wrongTypeMessage(label, 'a UUIDv7 such as 0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d'),
  });
}

export function isoInstantSchema(label: string) {
  return z.iso.datetime({
    offset: true,
    error: wrongTypeMessage(label, 'an ISO date and time such as 2026-03-14T09:30:00.000Z'),
  });
}

export function localDateTimeSchema(label: string) {
  return z.string({ error: wrongTypeMessage(label, 'a date and time') }).superRefine((value, ctx) => {
    const parts = value.length <= 19 ? parseLocalDateTime(value) : null;
    if (parts === null) {
      ctx.addIssue({ code: 'custom', message: `${label} must be a date and time such as 2026-03-14T09:30` });
    } else if (!isExistingDate(parts)) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} is not a real date (${value.slice(0, 10)} does not exist)`,
      });
    } else if (!isExistingTime(parts)) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} is not a real time (${value.slice(11)} does not exist)`,
      });
    }
  });
}

export function timeZoneSchema(label: string) {
  return z.string({ error: wrongTypeMessage(label, 'a time zone name') }).superRefine((value, ctx) => {
    if (value.length > textLimits.timeZone) {
      ctx.addIssue({ code: 'custom', message: tooLongMessage(label, textLimits.timeZone) });
    } else if (!isValidTimeZone(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} "${value}" is not a known time zone (use a name such as Europe/Paris)`,
      });
    }
  });
}

/** Trimmed, non-empty and unique ignoring case, because "Budget" and "budget " are the same tag to a person. */
export function tagsSchema(label = 'Tags') {
  return z
    .array(nameSchema('Tag', textLimits.tag), { error: wrongTypeMessage(label, 'a list') })
    .max(textLimits.tagsPerReflection, { error: tooManyMessage('tags', textLimits.tagsPerReflection) })
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      for (const tag of tags) {
        const key = tag.toLowerCase();
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            message: `${label} must be unique ("${tag}" appears more than once)`,
          });
          return;
        }
        seen.add(key);
      }
    });
}

export function uniqueIdsSchema(label: string, itemLabel: string, max: number) {
  return z
    .array(uuidV7Schema(itemLabel), { error: wrongTypeMessage(label, 'a list') })
    .max(max, { error: tooManyMessage(label.toLowerCase(), max) })
    .superRefine((ids, ctx) => {
      if (new Set(ids).size !== ids.length) {
        ctx.addIssue({ code: 'custom', message: `${label} lists the same ${itemLabel.toLowerCase()} twice` });
      }
    });
}
