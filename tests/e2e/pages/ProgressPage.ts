import { expect, type Locator, type Page } from '@playwright/test';

export { progressFigureTitles } from './progressFigureTitles';

/** The Progress page, by role and label: its figures, their data tables, the range and filters. */
export class ProgressPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly insights: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Progress', exact: true });
    this.count = main.getByRole('status').filter({ hasText: /complete reflections? from/ });
    this.insights = main.getByRole('heading', { level: 2, name: 'Insights', exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto('#/progress');
    await expect(this.heading).toBeVisible();
  }

  figure(title: string): Locator {
    return this.page.getByRole('figure', { name: title, exact: true });
  }

  showDataButton(title: string): Locator {
    return this.figure(title).getByRole('button', { name: 'Show data', exact: true });
  }

  /** Opens a figure's data table and returns it. */
  async showData(title: string): Promise<Locator> {
    const button = this.showDataButton(title);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    return this.figure(title).getByRole('table');
  }

  /** The cells of the table row whose header is `rowHeader`, as text. */
  async rowCells(table: Locator, rowHeader: string): Promise<string[]> {
    const row = table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) });
    // Read as a person reads it, in view: a figure out of view is not laid out yet (the page's
    // figures use content-visibility), and text not laid out has no inner text. The browser lays
    // it out at its next rendering step after the scroll, so the cells are read once they have text.
    await row.scrollIntoViewIfNeeded();
    let cells: string[] = [];
    await expect(async () => {
      cells = await row.getByRole('cell').allInnerTexts();
      expect(cells.join('')).not.toBe('');
    }).toPass();
    return cells;
  }

  async chooseRange(name: 'Last 4 weeks' | '3 months' | '12 months' | 'All time' | 'Custom'): Promise<void> {
    await this.page.getByRole('group', { name: 'Range' }).getByRole('radio', { name, exact: true }).check();
  }

  filter(name: 'Person' | 'Relationship' | 'Tag'): Locator {
    return this.page.getByRole('main').getByRole('combobox', { name, exact: true });
  }
}
