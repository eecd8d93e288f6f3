import { expect, type Locator, type Page } from '@playwright/test';

export const mainPages = [
  { link: 'Journal', heading: 'Journal', hash: '#/journal' },
  { link: 'Progress', heading: 'Progress', hash: '#/progress' },
  { link: 'People', heading: 'People', hash: '#/people' },
  { link: 'Reminders', heading: 'Reminders', hash: '#/reminders' },
  { link: 'Data', heading: 'Data', hash: '#/data' },
  { link: 'Coach review', heading: 'Coach review', hash: '#/coach' },
  { link: 'Settings', heading: 'Settings', hash: '#/settings' },
] as const;

/** The app's frame: navigation, the New reflection button, and the current page's heading. Shared by both E2E tiers. */
export class AppShell {
  readonly navigation: Locator;
  readonly newReflectionButton: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.newReflectionButton = page.getByRole('button', { name: 'New reflection', exact: true });
  }

  async open(path = ''): Promise<void> {
    await this.page.goto(path);
    await expect(this.navigation).toBeVisible();
  }

  link(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  async goTo(linkName: string, headingName = linkName): Promise<void> {
    await this.link(linkName).click();
    await expect(this.heading(headingName)).toBeVisible();
  }
}
