import { expect, test } from '@playwright/test';
import { DataPage } from '../pages/DataPage';
import { SEED_TIME_ZONE, generatedJournal, seedJournal } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

interface ExportedFile {
  people: { id: string }[];
  reflections: { id: string; personIds: string[]; isPrivate: boolean }[];
}

declare global {
  interface Window {
    /** The logical cores this test's page reports (navigator.hardwareConcurrency). */
    testCores: number;
  }
}

test('a large JSON export is shared with a second worker only where there are cores to spare, with the same reflections either way', async ({
  page,
}) => {
  // Seeding 4,500 reflections takes most of it on a loaded machine.
  test.setTimeout(300_000);
  // The machine this runs on may have any number of cores: the page reports what the test says.
  await page.addInitScript(() => {
    window.testCores = 2;
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => window.testCores });
  });
  // Large enough to be shared (two shares of at least 2,000 reflections each).
  const journal = generatedJournal({ reflections: 4_500 });
  await seedJournal(page, journal);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const data = new DataPage(page);
  await data.open();
  await data.exportSection.getByRole('checkbox', { name: 'Include private reflections' }).check();
  const kept = journal.reflections.filter(({ deletedAt }) => deletedAt === null);
  await expect(data.exportCount).toHaveText(
    `This export includes ${kept.length.toLocaleString('en-GB')} reflections.`,
  );

  const exportOnce = async () => {
    const exported = await data.download('Export JSON');
    await expect(data.exportStatus).toHaveText(
      `Downloaded ${kept.length.toLocaleString('en-GB')} reflections as ${exported.name}.`,
    );
    return JSON.parse(exported.text) as ExportedFile;
  };

  // Two cores: the data worker reads and writes the whole file alone.
  const alone = await exportOnce();
  expect(workers.filter((url) => url.includes('exportShareWorker'))).toEqual([]);

  await page.evaluate(() => {
    window.testCores = 8;
  });
  const shared = await exportOnce();
  expect(workers.filter((url) => url.includes('exportShareWorker'))).toHaveLength(1);

  expect(shared.reflections.map(({ id }) => id)).toEqual(kept.map(({ id }) => id).sort());
  expect(shared.reflections).toEqual(alone.reflections);
  expect(shared.people).toEqual(alone.people);
  // Everyone the second share's reflections are with is in the file's people.
  const people = new Set(shared.people.map(({ id }) => id));
  expect(shared.reflections.flatMap(({ personIds }) => personIds).every((id) => people.has(id))).toBe(true);
});
