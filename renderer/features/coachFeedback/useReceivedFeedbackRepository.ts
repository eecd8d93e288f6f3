import { useMemo } from 'react';
import {
  createReceivedFeedbackRepository,
  type ReceivedFeedbackRepository,
} from '../../db/coach/receivedFeedbackRepository';
import { useJournal } from '../../db/JournalContext';

/**
 * What the latest feedback said beyond its comments ("Needs discussion", session notes), over
 * the journal the page shows. A module of its own: the journal rows' unread badges use the
 * comments' hook, and this one's repository checks what it reads with zod.
 */
export function useReceivedFeedbackRepository(): ReceivedFeedbackRepository {
  const { db } = useJournal();
  return useMemo(() => createReceivedFeedbackRepository(db), [db]);
}
