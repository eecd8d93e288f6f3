import { expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { BackupSection } from '../pages/BackupSection';
import { DataPage } from '../pages/DataPage';
import { JournalPage, PeoplePage } from '../pages/JournalPages';
import { ProgressPage } from '../pages/ProgressPage';
import { SearchPage } from '../pages/SearchPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const tom = seedPerson('Tom Baker');
const rosa = seedPerson('Rosa Vance', '2026-01-06T09:00:00Z');
const journal = {
  people: [tom, rosa],
  reflections: [
    seedReflection('2026-02-20T10:00:00Z', [tom], {
      asked: 'Budget figures from Tom Baker',
      context: 'Tom Baker said, "=SUM(A1)" would not do,\nso I asked Rosa Vance to help.',
      learned: '=HYPERLINK("https://example.com","numbers")',
      outcome: 'achieved',
      tags: ['budget'],
    }),
    seedReflection('2026-02-27T10:00:00Z', [tom, rosa], {
      asked: 'A deadline shared with Rosa',
      outcome: 'partly-achieved',
    }),
    seedReflection('2026-03-04T10:00:00Z', [rosa], {
      asked: 'Something only for me',
      isPrivate: true,
    }),
  ],
};

interface ExportedFile {
  format: string;
  journalId: string;
  people: { name: string }[];
  reflections: { asked: string; isPrivate: boolean }[];
}

async function openSeededDataPage(page: Page): Promise<DataPage> {
  await seedJournal(page, journal);
  const data = new DataPage(page);
  await data.open();
  return data;
}

test.describe('exporting in the browser build', () => {
  test('JSON holds the chosen reflections; private ones only when ticked', async ({ page }) => {
    const data = await openSeededDataPage(page);
    await expect(data.exportCount).toHaveText('This export includes 2 reflections.');

    const plain = await data.download('Export JSON');
    expect(plain.name).toMatch(/^influence-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(plain.text) as ExportedFile;
    expect(file.format).toBe('influence-journal');
    // Written by the data worker as it reads: the fields indented, each reflection on a line of its own.
    expect(plain.text).toMatch(
      /\n {2}"reflections": \[\n {4}\{"id":"[^\n]*\},\n {4}\{"id":"[^\n]*\}\n {2}\],\n/,
    );
    expect(file.reflections.map(({ asked }) => asked).sort()).toEqual([
      'A deadline shared with Rosa',
      'Budget figures from Tom Baker',
    ]);
    await expect(data.exportStatus).toHaveText(`Downloaded 2 reflections as ${plain.name}.`);

    await data.exportSection.getByRole('checkbox', { name: 'Include private reflections' }).check();
    await expect(data.exportCount).toHaveText('This export includes 3 reflections.');
    const withPrivate = JSON.parse((await data.download('Export JSON')).text) as ExportedFile;
    expect(withPrivate.reflections.filter(({ isPrivate }) => isPrivate).map(({ asked }) => asked)).toEqual([
      'Something only for me',
    ]);
    // The journal keeps one id across exports.
    expect(withPrivate.journalId).toBe(file.journalId);
  });

  test('"Replace names with initials" leaves no real name anywhere in the file', async ({ page }) => {
    const data = await openSeededDataPage(page);
    await data.exportSection.getByRole('checkbox', { name: 'Include private reflections' }).check();
    await data.chooseNames('Replace names with initials');
    const { text } = await data.download('Export JSON');
    for (const name of ['Tom', 'Baker', 'Rosa', 'Vance']) expect(text).not.toContain(name);
    const file = JSON.parse(text) as ExportedFile;
    expect(file.people.map(({ name }) => name).sort()).toEqual(['R.V.', 'T.B.']);
    expect(file.reflections).toHaveLength(3);
  });

  test('only the chosen people and period go out', async ({ page }) => {
    const data = await openSeededDataPage(page);
    await data.exportSection.getByText('People: all').click();
    await data.exportSection.getByRole('checkbox', { name: 'Rosa Vance' }).uncheck();
    await expect(data.exportSection.getByText('People: 1 of 2')).toBeVisible();
    await expect(data.exportCount).toHaveText('This export includes 2 reflections.');
    await data.exportSection.getByLabel('From', { exact: true }).fill('2026-02-21');
    await expect(data.exportCount).toHaveText('This export includes 1 reflection.');
    const file = JSON.parse((await data.download('Export JSON')).text) as ExportedFile;
    expect(file.reflections.map(({ asked }) => asked)).toEqual(['A deadline shared with Rosa']);

    await data.exportSection.getByLabel('To', { exact: true }).fill('2026-02-01');
    await expect(data.exportSection.getByText('From must not be after To')).toBeVisible();
  });

  test('CSV parses back with a real CSV parser, formula cells neutralised', async ({ page }) => {
    const data = await openSeededDataPage(page);
    const csv = await data.download('Export CSV');
    expect(csv.name).toMatch(/^influence-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    const budget = parsed.data.find((row) => Object.values(row).includes('Budget figures from Tom Baker'));
    const cells = Object.values(budget ?? {});
    // Commas, quotes and a line break come back as typed; a cell starting with = is neutralised.
    expect(cells).toContain('Tom Baker said, "=SUM(A1)" would not do,\nso I asked Rosa Vance to help.');
    expect(cells).toContain(`'=HYPERLINK("https://example.com","numbers")`);
    await expect(data.exportStatus).toHaveText(`Downloaded 2 reflections as ${csv.name}.`);
  });
});

/** A second browser profile: its IndexedDB is empty, as on a new computer. */
async function openEmptyJournal(browser: Browser, baseURL: string | undefined): Promise<DataPage> {
  const context = await browser.newContext({ baseURL, timezoneId: SEED_TIME_ZONE });
  const page = await context.newPage();
  const data = new DataPage(page);
  await data.open();
  await expect(data.exportCount).toHaveText('This export includes 0 reflections.');
  return data;
}

/** The seeded journal exported as JSON, private reflections included. */
async function exportWholeJournal(page: Page) {
  const source = await openSeededDataPage(page);
  await source.exportSection.getByRole('checkbox', { name: 'Include private reflections' }).check();
  return source.download('Export JSON');
}

const asJson = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test.describe('importing in the browser build', () => {
  test.describe.configure({ timeout: 60_000 });

  test('a JSON export imported into an empty journal gives back its reflections, and twice adds nothing', async ({
    page,
    browser,
    baseURL,
  }) => {
    const exported = await exportWholeJournal(page);

    const target = await openEmptyJournal(browser, baseURL);
    await target.chooseImportFile(asJson(exported.name, exported.text));
    await expect(
      target.importSection.getByText('Reflections: 3 new, 0 updated, 0 unchanged, 0 skipped'),
    ).toBeVisible();
    await expect(
      target.importSection.getByRole('heading', { name: `Before importing ${exported.name}` }),
    ).toBeFocused();
    await target.importSection.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(target.importStatus).toHaveText('Imported 3 reflections.');
    await expect(target.exportCount).toHaveText('This export includes 2 reflections.');

    await target.chooseImportFile(asJson(exported.name, exported.text));
    await expect(
      target.importSection.getByText('Reflections: 0 new, 0 updated, 3 unchanged, 0 skipped'),
    ).toBeVisible();
    await target.importSection.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(target.importStatus).toHaveText('Import cancelled: nothing was changed.');

    const journalPage = new JournalPage(target.page);
    await journalPage.open();
    await expect(journalPage.rows).toHaveCount(3);
    for (const asked of [
      'Budget figures from Tom Baker',
      'A deadline shared with Rosa',
      'Something only for me',
    ]) {
      await expect(journalPage.list.getByText(asked)).toBeVisible();
    }
    await target.page.context().close();
  });

  test('an import shows at once in the journal list, People and Progress of other tabs and, after going back, of this one, and in search', async ({
    page,
    browser,
    baseURL,
  }) => {
    const exported = await exportWholeJournal(page);

    const target = await openEmptyJournal(browser, baseURL);
    // This tab showed the (empty) journal list before the import; another tab still shows it.
    const here = new JournalPage(target.page);
    await here.open();
    await expect(here.rows).toHaveCount(0);
    const other = new JournalPage(await target.page.context().newPage());
    await other.open();
    await expect(other.rows).toHaveCount(0);
    const people = new PeoplePage(await target.page.context().newPage());
    await people.open();
    const progress = new ProgressPage(await target.page.context().newPage());
    await progress.open();
    await expect(progress.page.getByText(/Once you save complete reflections/)).toBeVisible();

    await target.open();
    await target.chooseImportFile(asJson(exported.name, exported.text));
    await target.importSection.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(target.importStatus).toHaveText('Imported 3 reflections.');

    // No reload anywhere: each list learns of the import from the database's change signal.
    await expect(other.rows).toHaveCount(3);
    await expect(other.list.getByText('A deadline shared with Rosa')).toBeVisible();
    await expect(people.person('Tom Baker')).toBeVisible();
    await expect(people.person('Rosa Vance')).toBeVisible();
    await progress.chooseRange('All time');
    await expect(progress.count).toContainText('3 complete reflections');
    // This tab too, by its own links (no page load): the journal list, People and Progress.
    await here.open();
    await expect(here.rows).toHaveCount(3);
    await expect(here.list.getByText('Budget figures from Tom Baker')).toBeVisible();
    const peopleHere = new PeoplePage(target.page);
    await peopleHere.open();
    await expect(peopleHere.person('Tom Baker')).toBeVisible();
    const progressHere = new ProgressPage(target.page);
    await progressHere.open();
    await progressHere.chooseRange('All time');
    await expect(progressHere.count).toContainText('3 complete reflections');
    // And search, whose index learns of the import from the same signal.
    const search = new SearchPage(target.page);
    await search.type('deadline');
    await expect(search.resultLink('A deadline shared with Rosa')).toBeVisible();
    await target.page.context().close();
  });

  test('an encrypted export needs its passphrase: a wrong one imports nothing, the right one imports', async ({
    page,
    browser,
    baseURL,
  }) => {
    const source = await openSeededDataPage(page);
    await source.encryptWith('correct horse battery');
    const exported = await source.download('Export JSON');
    expect(exported.name).toMatch(/-encrypted\.json$/);
    expect(exported.text).not.toContain('Tom Baker');

    const target = await openEmptyJournal(browser, baseURL);
    await target.chooseImportFile(asJson(exported.name, exported.text));
    const passphrase = target.importSection.getByLabel('Passphrase', { exact: true });
    await expect(passphrase).toBeFocused();
    await passphrase.fill('wrong horse battery');
    await target.importSection.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(target.importAlert()).toHaveText(
      'The passphrase is wrong, or the file was changed after it was encrypted.',
    );
    await expect(target.importSection.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    await expect(target.exportCount).toHaveText('This export includes 0 reflections.');

    await passphrase.fill('correct horse battery');
    await target.importSection.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(
      target.importSection.getByText('Reflections: 2 new, 0 updated, 0 unchanged, 0 skipped'),
    ).toBeVisible();
    await target.importSection.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(target.importStatus).toHaveText('Imported 2 reflections.');
    await expect(target.exportCount).toHaveText('This export includes 2 reflections.');
    await target.page.context().close();
  });

  test('the public Day One sample imports every entry and lists the photos left behind', async ({
    browser,
    baseURL,
  }) => {
    const samplePath = fileURLToPath(
      new URL('../../../../shared/fixtures/dayone/Example.json', import.meta.url),
    );
    if (!existsSync(samplePath))
      console.log(`Skipping the Day One import test: ${samplePath} is not present.`);
    test.skip(!existsSync(samplePath), 'The Day One sample is not in this clone.');
    const text = readFileSync(samplePath, 'utf8');
    const entries = (JSON.parse(text) as { entries: unknown[] }).entries.length;

    const target = await openEmptyJournal(browser, baseURL);
    await target.chooseImportFile(asJson('Example.json', text));
    await expect(
      target.importSection.getByText(`Reflections: ${entries} new, 0 updated, 0 unchanged, 0 skipped`),
    ).toBeVisible();
    await expect(
      target.importSection.getByRole('heading', { name: 'Attachments not imported' }),
    ).toBeVisible();
    await target.importSection.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(target.importStatus).toHaveText(`Imported ${entries} reflections.`);

    await target.chooseImportFile(asJson('Example.json', text));
    await expect(
      target.importSection.getByText(`Reflections: 0 new, 0 updated, ${entries} unchanged, 0 skipped`),
    ).toBeVisible();
    await target.page.context().close();
  });

  test('a file that is not JSON is refused with its message and changes nothing', async ({ page }) => {
    const data = await openSeededDataPage(page);
    await data.chooseImportFile(asJson('broken.json', '{"format": "influence-journal", '));
    await expect(data.importAlert()).toContainText('This file is not JSON');
    await expect(data.importSection.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    await expect(data.exportCount).toHaveText('This export includes 2 reflections.');
  });
});

test('Markdown holds every included reflection and none of the excluded, as one document or a zip', async ({
  page,
}) => {
  const data = await openSeededDataPage(page);
  const document = await data.download('Export Markdown');
  expect(document.name).toMatch(/^influence-journal-\d{4}-\d{2}-\d{2}\.md$/);
  expect(document.text).toContain('Budget figures from Tom Baker');
  expect(document.text).toContain('A deadline shared with Rosa');
  expect(document.text).not.toContain('Something only for me');
  await expect(data.exportStatus).toHaveText(`Downloaded 2 reflections as ${document.name}.`);

  await data.exportSection.getByRole('radio', { name: 'One file per reflection (zip)' }).check();
  const zip = await data.download('Export Markdown');
  expect(zip.name).toMatch(/-markdown\.zip$/);
  expect([...zip.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});

// One scan per theme covers the whole page in its busiest state: an export refused for its
// passphrase, and a backup chosen for restoring with its details and Restore button shown.
test.describe('the Data page with its Backups section passes axe', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const data = await openSeededDataPage(page);
      await data.exportSection.getByText('People: all').click();
      await data.encryptWith('short', 'other');
      await data.exportButton('Export JSON').click();
      await expect(data.exportSection.getByRole('alert')).toBeVisible();
      const backups = new BackupSection(page);
      await expect(backups.reminder).toBeVisible();
      const backup = await backups.backUpNow();
      await backups.chooseBackupFile({
        name: backup.name,
        mimeType: 'application/json',
        buffer: backup.bytes,
      });
      await expect(backups.button('Restore')).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  }
});

test('the report opens the print dialog with the chosen reflections', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const data = await openSeededDataPage(page);
  await data.exportButton('Export PDF report').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Influence Journal report' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const reflections = page.getByRole('article');
  await expect(reflections).toHaveCount(2);
  await expect(page.getByText('Something only for me')).toHaveCount(0);
  const outcomes = page.getByRole('table', { name: 'Outcomes' });
  await expect(outcomes.getByRole('row', { name: 'Achieved 1', exact: true })).toBeVisible();
  await expect(outcomes.getByRole('row', { name: 'Partly achieved 1', exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // On paper the report is dark text on a light page, even when the screen is in the dark theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const heading = page.getByRole('heading', { level: 3 }).first();
  await expect(heading).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(heading).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
