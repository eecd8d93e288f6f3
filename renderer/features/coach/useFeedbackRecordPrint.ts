import { useCallback, useEffect, useState } from 'react';
import { buildFeedbackRecord, type FeedbackRecord } from '../../../shared/coach/feedbackRecord';
import { deviceTimeZone } from '../../../shared/domain/localDateTime';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { useJournal } from '../../db/JournalContext';
import { usePlatform } from '../../platform/PlatformContext';
import { exportFileName } from '../data/exportFiles';
import { errorText } from '../../../shared/app/errorText';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { useCoach } from './coachServices';

export interface ShownRecord {
  readonly record: FeedbackRecord;
  readonly madeAt: string;
}

/**
 * "Export feedback PDF": the record is read from the coach's notes and the client's workspace,
 * shown, and once painted printed as the Data page's report is (the desktop app saves a PDF
 * where the coach picks; a browser opens its print dialog, which saves PDFs too).
 */
export function useFeedbackRecordPrint(client: CoachClientRecord) {
  const { notes } = useCoach();
  const journal = useJournal();
  const { titleOf } = usePrinciples();
  const platform = usePlatform();
  const { saveReportPdf } = platform.files;
  const [shown, setShown] = useState<ShownRecord | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  const [isBusy, setIsBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function makeRecord() {
    setStatus('');
    setFailure(null);
    setIsBusy(true);
    try {
      const [comments, flags, sessionNotes] = await Promise.all([
        notes.commentsFor(client.id),
        notes.flagsFor(client.id),
        notes.sessionNotes(client.id),
      ]);
      const ids = new Set([...comments.map((c) => c.reflectionId), ...flags.map((f) => f.reflectionId)]);
      const found = await journal.reflections.getMany([...ids]);
      const record = buildFeedbackRecord({
        clientName: client.name,
        periodFrom: client.periodFrom,
        periodTo: client.periodTo,
        comments: comments.map(({ clientId: _clientId, ...comment }) => comment),
        needsDiscussion: flags.map(({ reflectionId }) => reflectionId),
        sessionNotes,
        reflections: new Map(found.map((reflection) => [reflection.id, reflection])),
        principleTitle: titleOf,
      });
      setShown({ record, madeAt: new Date().toISOString() });
      setPrintRequest((count) => count + 1);
    } catch (error) {
      setIsBusy(false);
      setFailure(`The feedback record could not be made: ${errorText(error)}`);
    }
  }

  const print = useCallback(async () => {
    try {
      if (saveReportPdf === undefined) {
        window.print();
        setStatus('The feedback record is below. Your browser’s print dialog saves it as a PDF.');
        return;
      }
      const name = exportFileName(new Date(), deviceTimeZone(), 'pdf', 'feedback');
      const result = await saveReportPdf(name);
      setStatus(
        result.saved
          ? `Saved the feedback record to ${result.path ?? 'the chosen folder'}.`
          : 'The feedback record was not saved.',
      );
    } catch (error) {
      setFailure(`The feedback PDF failed: ${errorText(error)}`);
    } finally {
      setIsBusy(false);
    }
  }, [saveReportPdf]);

  useEffect(() => {
    if (printRequest === 0) return;
    // After the record is painted, so the print holds all of it.
    const frame = requestAnimationFrame(() => void print());
    return () => cancelAnimationFrame(frame);
  }, [printRequest, print]);

  return { shown, hide: () => setShown(null), makeRecord, isBusy, status, failure };
}
