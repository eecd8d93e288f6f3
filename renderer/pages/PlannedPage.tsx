import type { ReactNode } from 'react';
import { PageHeading } from '../app/PageHeading';
import { usePageTitle } from '../app/usePageTitle';

/** A page whose feature is still being built: its heading and a plain statement of what will be here. */
export function PlannedPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <section className="page">
      <PageHeading>{title}</PageHeading>
      <div className="page-intro">{children}</div>
    </section>
  );
}
