import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { createJournalDataRepository } from '../../../../renderer/db/repositories/journalDataRepository';
import { ImportSection } from '../../../../renderer/features/data/ImportSection';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { fakeRemindersPlatform } from '../reminders/fakeRemindersPlatform';
import { failStoreAdd } from './failStoreAdd';

// jsdom's File has no arrayBuffer(); a browser's does. Read it the way a browser would.
beforeAll(() => {
  if (typeof File.prototype.arrayBuffer === 'function') return;
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
        reader.readAsArrayBuffer(this);
      });
    },
  });
});

let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('import-ui'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
});

function exportFile(asked = 'Figures for the launch'): File {
  return exportFileWith(asked).file;
}

function exportFileWith(asked: string): { file: File; reflectionId: string } {
  const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });
  const reflection = {
    ...createDraftReflection({ now: new Date('2026-03-01T10:00:00Z'), timeZone: 'Europe/London' }),
    status: 'complete' as const,
    personIds: [dana.id],
    asked,
  };
  const text = serializeJournalExport(
    buildJsonExport(
      { people: [dana], principleSettings: [], reflections: [reflection], preparations: [], reminders: [] },
      {
        options: { ...defaultExportOptions, includePrivate: true },
        appVersion: '1.0.0',
        journalId: '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d',
        exportedAt: '2026-03-02T10:00:00.000Z',
      },
    ),
  );
  return {
    file: new File([text], 'journal.json', { type: 'application/json' }),
    reflectionId: reflection.id,
  };
}

function renderImport() {
  const onImported = vi.fn();
  const { platform } = fakeRemindersPlatform();
  render(
    <PlatformContext.Provider value={platform}>
      <ImportSection data={createJournalDataRepository(journal)} onImported={onImported} />
    </PlatformContext.Provider>,
  );
  return { onImported };
}

describe('the Import section', () => {
  // The first test of the file also loads the section and its schemas: 1-7 s on a loaded machine.
  it('shows what would change, then imports on confirmation', async () => {
    const user = userEvent.setup();
    const { onImported } = renderImport();
    await user.upload(screen.getByLabelText('Import file'), exportFile());
    expect(await screen.findByText('Reflections: 1 new, 0 updated, 0 unchanged, 0 skipped')).toBeVisible();
    expect(await db.reflections.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 1 reflection.')).toBeVisible();
    expect(await db.reflections.count()).toBe(1);
    expect(await db.people.count()).toBe(1);
    expect(onImported).toHaveBeenCalledTimes(1);
    // The page takes its counts from what was written instead of reading the journal again.
    expect(onImported).toHaveBeenCalledWith(
      expect.objectContaining({
        reflections: [expect.objectContaining({ asked: 'Figures for the launch' })],
        people: [expect.objectContaining({ name: 'Dana Fox' })],
      }),
    );
  }, 20_000);

  it('refuses a file whose reflection a save would refuse, naming it and the field, before anything is written', async () => {
    const user = userEvent.setup();
    const { onImported } = renderImport();
    // The export format reads every reflection as a draft may be; a complete one needs what was asked.
    const { file, reflectionId } = exportFileWith('');
    await user.upload(screen.getByLabelText('Import file'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `This file cannot be imported. Reflection ${reflectionId} (asked): “What did you ask for?” is required.`,
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await db.reflections.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says the import failed and that the journal is as it was when a write fails', async () => {
    const user = userEvent.setup();
    const { onImported } = renderImport();
    await user.upload(screen.getByLabelText('Import file'), exportFile());
    await screen.findByText('Reflections: 1 new, 0 updated, 0 unchanged, 0 skipped');

    failStoreAdd('reflections', 1);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The import failed and your journal was left as it was: The disk is full',
    );
    expect(await db.reflections.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(onImported).not.toHaveBeenCalled();
    // The preview stays, so the person can try again.
    expect(screen.getByRole('button', { name: 'Import' })).toBeVisible();
  });

  it('names the problem in a file that is not an export, writing nothing', async () => {
    const user = userEvent.setup();
    renderImport();
    const notOurs = new File(['{"hello": "world"}'], 'notes.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import file'), notOurs);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not an Influence Journal export or a Day One export.',
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await db.reflections.count()).toBe(0);
  });
});
