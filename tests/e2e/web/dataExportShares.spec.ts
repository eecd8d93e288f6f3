import { expect, test } from '@playwright/test';
import { DataPage } from '../pages/DataPage';
import { SEED_TIME_ZONE, generatedJournal, seedJournal } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

interface ExportedFile {
  people: { id: string }[];
  reflections: { id: string; personIds: string[]; isPrivate: boolean }[];
}

test('a large JSON export is read and written by two workers and holds every reflection once, in order', async ({
  page,
}) => {
  // Seeding 4,500 reflections takes most of it on a loaded machine.
  test.setTimeout(300_000);
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

  const exported = await data.download('Export JSON');
  const file = JSON.parse(exported.text) as ExportedFile;
  const ids = file.reflections.map(({ id }) => id);
  expect(ids).toEqual(kept.map(({ id }) => id).sort());
  // Everyone the second share's reflections are with is in the file's people.
  const people = new Set(file.people.map(({ id }) => id));
  expect(file.reflections.flatMap(({ personIds }) => personIds).every((id) => people.has(id))).toBe(true);
  await expect(data.exportStatus).toHaveText(
    `Downloaded ${kept.length.toLocaleString('en-GB')} reflections as ${exported.name}.`,
  );
  expect(workers.some((url) => url.includes('exportShareWorker'))).toBe(true);
});
