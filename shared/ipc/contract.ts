import { z } from 'zod';
import { backupInvokeContract } from './backupContract';
import type { EventChannel, InvokeChannel } from './channels';
import { fileInvokeContract } from './fileContract';
import { remindersEventContract, remindersInvokeContract } from './remindersContract';
import { settingsInvokeContract } from './settingsContract';

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['darwin', 'win32', 'linux', 'web', 'other']),
  dataFolder: z.string(),
  electronVersion: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The fixed pages of the app. */
export const pageRouteSchema = z.enum([
  '/journal',
  '/new',
  '/progress',
  '/people',
  '/reminders',
  '/data',
  '/coach',
  '/settings',
  '/help',
]);

/** One reflection's page; the id must be a UUID, so nothing else can ride along in the path. */
export const reflectionRouteSchema = z.templateLiteral(['/reflections/', z.uuid()]);

/** A new guided reflection that looks back on one preparation (an after-conversation reminder). */
export const reflectOnPreparationRouteSchema = z.templateLiteral(['/new?preparation=', z.uuid()]);

/** Routes the renderer knows; main may only ask it to go to one of these. */
export const appRouteSchema = z.union([
  pageRouteSchema,
  reflectionRouteSchema,
  reflectOnPreparationRouteSchema,
]);
export type AppRoute = z.infer<typeof appRouteSchema>;

const noRequest = z.undefined();

/** Pairs main's "save your drafts now" with the page's answer; main makes it, the page echoes it. */
const flushRequestSchema = z.strictObject({ requestId: z.string().min(1).max(64) });

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/** Every renderer-to-main call, its request and its response. */
export const invokeContract = {
  'app:get-info': { request: noRequest, response: appInfoSchema },
  'app:drafts-flushed': { request: flushRequestSchema, response: z.null() },
  ...remindersInvokeContract,
  ...settingsInvokeContract,
  ...fileInvokeContract,
  ...backupInvokeContract,
} as const satisfies Record<InvokeChannel, ChannelSpec>;

/** Every main-to-renderer event and its payload. */
export const eventContract = {
  'app:navigate': z.strictObject({ route: appRouteSchema }),
  'app:flush-drafts': flushRequestSchema,
  ...remindersEventContract,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['response']>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventContract)[C]>;
