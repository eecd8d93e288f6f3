import type { Locator, Page } from '@playwright/test';

/** Help's section headings, in page order, as the person reads them. */
export const helpSectionHeadings = [
  'The principles',
  'How the guided flow works',
  'What the Progress figures mean',
  'Where your data lives',
  'Backups',
  'Keyboard shortcuts',
] as const;

/** The Help page and the "?" shortcut overlay. */
export class HelpPages {
  readonly heading: Locator;
  readonly overlay: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Help', exact: true });
    this.overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  sectionHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }
}
