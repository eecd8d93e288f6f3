import { useMemo } from 'react';
import {
  createReceivedFeedbackRepository,
  type ReceivedFeedbackRepository,
} from '../../db/coach/receivedFeedbackRepository';
import { useJournal } from '../../db/JournalContext';
import {
  createCoachFeedbackRepository,
  type CoachFeedbackRepository,
} from '../../db/repositories/coachFeedbackRepository';

/** The coach feedback repository over the journal the page shows. */
export function useCoachFeedbackRepository(): CoachFeedbackRepository {
  const { db } = useJournal();
  return useMemo(() => createCoachFeedbackRepository(db), [db]);
}

/** What the latest feedback said beyond its comments ("Needs discussion", session notes), over the same journal. */
export function useReceivedFeedbackRepository(): ReceivedFeedbackRepository {
  const { db } = useJournal();
  return useMemo(() => createReceivedFeedbackRepository(db), [db]);
}
