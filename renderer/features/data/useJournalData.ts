import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { remindersTiedToReflections, type JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { useJournal } from '../../db/JournalContext';
import { createJournalDataRepository } from '../../db/repositories/journalDataRepository';
import { usePlatform } from '../../platform/PlatformContext';
import type { ExportOptions } from '../../../shared/data/exportFormat';
import { exportJournalFile } from './dataWorkerClient';
import type { ExportContext, ExportKind } from './exportFiles';
import type { JournalExportResult } from './exportJournal';
import { measureStep } from './measureStep';
import { withImported, type ImportedRecords } from '../../../shared/data/withImported';
import { errorText } from '../../../shared/app/errorText';

/** Reads the journal as it is now and builds one export file from it (in the data worker). */
export type ExportJournal = (
  kind: ExportKind,
  options: ExportOptions,
  context: ExportContext,
) => Promise<JournalExportResult>;

export type SnapshotState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly snapshot: JournalSnapshot }
  | { readonly status: 'error'; readonly message: string };

/**
 * The journal as the Data page sees it. The snapshot shown drives the live count; every export
 * reads the journal again, so a reflection saved in another window since is never left out.
 */
export function useJournalData() {
  const journal = useJournal();
  const platform = usePlatform();
  const data = useMemo(() => createJournalDataRepository(journal), [journal]);
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  // The page as it is when an import ends, not as it was when the import began.
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  const readReminders = useCallback(
    () =>
      platform.reminders.list().catch((error: unknown) => {
        throw new Error(`Your follow-up reminders could not be read: ${errorText(error)}`);
      }),
    [platform],
  );

  /** Reflections, people and principles from the journal, follow-ups from wherever reminders live. */
  const readSnapshot = useCallback(async (): Promise<JournalSnapshot> => {
    const [contents, reminders] = await Promise.all([data.readSnapshot(), readReminders()]);
    return {
      ...contents,
      reminders: remindersTiedToReflections(
        reminders.map((view) => view.reminder),
        contents.reflections,
      ),
    };
  }, [data, readReminders]);

  const exportJournal = useCallback<ExportJournal>(
    async (kind, options, context) => {
      const reminders = (await readReminders()).map((view) => view.reminder);
      return exportJournalFile(journal.db, { kind, options, context, reminders });
    },
    [journal, readReminders],
  );

  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', snapshot: await measureStep('reload', readSnapshot) });
    } catch (error) {
      setState({ status: 'error', message: errorText(error) });
    }
  }, [readSnapshot]);

  /** After an import: the counts from what it wrote, without reading the whole journal again. */
  const showImported = useCallback(
    (written: ImportedRecords) => {
      const shown = current.current;
      if (shown.status !== 'ready') return void reload();
      const start = performance.now();
      setState({ status: 'ready', snapshot: withImported(shown.snapshot, written) });
      // Measured to the next frame, so the page's drawing of the new counts counts too.
      const measure = () => performance.measure('data:counts-updated', { start, end: performance.now() });
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(measure);
      else setTimeout(measure, 0);
    },
    [reload],
  );

  useEffect(() => {
    let isCurrent = true;
    readSnapshot().then(
      (snapshot) => isCurrent && setState({ status: 'ready', snapshot }),
      (error: unknown) => isCurrent && setState({ status: 'error', message: errorText(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [readSnapshot]);

  return { state, reload, showImported, exportJournal, data };
}
