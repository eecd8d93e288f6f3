import type { DueItem, DueNotification } from '../reminders/collapseMissed';
import { reflectionRouteSchema, reflectOnPreparationRouteSchema, type AppRoute } from './contract';

/**
 * Where one due reminder leads: a follow-up to its reflection, a prepared conversation to a new
 * reflection linked to its preparation, anything else to a new reflection.
 */
export function routeForDueItem(item: DueItem): AppRoute {
  if (item.kind === 'follow-up') {
    const route = reflectionRouteSchema.safeParse(`/reflections/${item.reflectionId ?? ''}`);
    return route.success ? route.data : '/reminders';
  }
  if (item.kind === 'after-conversation' && item.preparationId !== undefined) {
    const route = reflectOnPreparationRouteSchema.safeParse(`/new?preparation=${item.preparationId}`);
    if (route.success) return route.data;
  }
  return '/new';
}

/** Where clicking a notification leads; several reminders folded into one open the Reminders page. */
export function routeForNotification(notification: DueNotification): AppRoute {
  const [only, ...rest] = notification.items;
  return only !== undefined && rest.length === 0 ? routeForDueItem(only) : '/reminders';
}
