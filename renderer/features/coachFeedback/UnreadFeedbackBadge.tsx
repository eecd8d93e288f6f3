import { useLiveResult } from '../journal/useLiveResult';
import { useCoachFeedbackRepository } from './useCoachFeedbackRepository';

/**
 * "New feedback" on a journal row while the reflection has a coach's comment not yet marked as
 * read. Live, so importing feedback or marking it read shows in the list at once.
 */
export function UnreadFeedbackBadge({ reflectionId }: { reflectionId: string }) {
  const feedback = useCoachFeedbackRepository();
  const unread = useLiveResult(() => feedback.hasUnread(reflectionId), [feedback, reflectionId]);
  if (unread.status !== 'ready' || !unread.value) return null;
  return <span className="tag coach-feedback-badge">New feedback</span>;
}
