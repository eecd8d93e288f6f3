import { useMemo } from 'react';
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
