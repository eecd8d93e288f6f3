import { useId, useState } from 'react';
import { useStorageStatus } from '../../app/storageStatus';
import type { CoachFeedbackRecord } from '../../db/records';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { useLiveResult } from '../journal/useLiveResult';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { useCoachFeedbackRepository } from './useCoachFeedbackRepository';
import { useReceivedFeedbackRepository } from './useReceivedFeedbackRepository';
import './coachFeedback.css';

function CommentItem({ comment }: { comment: CoachFeedbackRecord }) {
  const { titleOf } = usePrinciples();
  const format = useDateTimeFormat();
  const day = format.instantDay(Date.parse(comment.updatedAt), viewerTimeZone());
  return (
    <li className="card coach-feedback-comment">
      <p className="coach-feedback-meta">
        {comment.principleId === null ? 'On the whole reflection' : `On ${titleOf(comment.principleId)}`}
        {' · '}
        <time dateTime={comment.updatedAt}>{day}</time>
        {comment.readAt === null ? <span className="tag coach-feedback-new">New</span> : null}
      </p>
      <p className="entry-text" dir="auto">
        {comment.text}
      </p>
    </li>
  );
}

/**
 * What a coach sent back about this reflection, read-only, oldest first. Nothing at all shows
 * until feedback has been attached, so a journal without a coach looks as it always did.
 */
export function CoachFeedbackSection({ reflectionId }: { reflectionId: string }) {
  const feedback = useCoachFeedbackRepository();
  const received = useReceivedFeedbackRepository();
  const { report } = useStorageStatus();
  const headingId = useId();
  const [isBusy, setIsBusy] = useState(false);
  const comments = useLiveResult(() => feedback.commentsFor(reflectionId), [feedback, reflectionId]);
  const latest = useLiveResult(() => received.read(), [received]);

  if (comments.status === 'loading' || latest.status === 'loading') return null;
  if (comments.status === 'error')
    return <p role="alert">Coach feedback could not be read: {comments.message}</p>;
  // The comments still show when the rest of the feedback cannot be read.
  const extras = latest.status === 'ready' ? latest.value : null;
  const needsDiscussion = extras?.needsDiscussion.includes(reflectionId) === true;
  // Session notes are about the coaching as a whole: shown with what that same feedback said here.
  const fromLatest =
    needsDiscussion ||
    comments.value.some(({ feedbackExportedAt }) => feedbackExportedAt === extras?.feedbackExportedAt);
  const sessionNotes = fromLatest ? (extras?.sessionNotes ?? null) : null;
  if (comments.value.length === 0 && !needsDiscussion) return null;
  const hasUnread = comments.value.some(({ readAt }) => readAt === null);

  async function markRead() {
    setIsBusy(true);
    try {
      await feedback.markReflectionRead(reflectionId);
    } catch (error) {
      report(error);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="coach-feedback" aria-labelledby={headingId}>
      <h2 id={headingId}>Coach feedback</h2>
      {needsDiscussion ? (
        <p className="coach-feedback-flag">
          <span className="tag">Needs discussion</span> Your coach would like to talk about this reflection in
          your next session.
        </p>
      ) : null}
      {comments.value.length === 0 ? null : (
        <ul className="coach-feedback-list">
          {comments.value.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      {sessionNotes === null || sessionNotes.trim() === '' ? null : (
        <div className="coach-feedback-notes">
          <h3>Your coach's notes for the next session</h3>
          <p className="entry-text" dir="auto">
            {sessionNotes}
          </p>
        </div>
      )}
      {comments.value.length === 0 ? null : hasUnread ? (
        <button type="button" className="button" disabled={isBusy} onClick={() => void markRead()}>
          Mark as read
        </button>
      ) : (
        <p className="muted">All read.</p>
      )}
    </section>
  );
}
