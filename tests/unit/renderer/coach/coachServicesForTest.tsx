import type { ReactNode } from 'react';
import type { CoachServices } from '../../../../renderer/features/coach/coachServices';
import { CoachServicesProvider } from '../../../../renderer/features/coach/coachServices';
import type { openCoachKit } from './coachTestKit';

/** The coach pages' services over a test kit's databases; workspaces are not reached by these tests. */
export function servicesFor(kit: ReturnType<typeof openCoachKit>): CoachServices {
  return {
    clients: kit.clients,
    notes: kit.notes,
    journalFor: () => {
      throw new Error('No workspace in this test');
    },
    release: () => undefined,
    searchFor: () => {
      throw new Error('No search in this test');
    },
  };
}

export function WithCoach({ services, children }: { services: CoachServices; children: ReactNode }) {
  return <CoachServicesProvider services={services}>{children}</CoachServicesProvider>;
}
