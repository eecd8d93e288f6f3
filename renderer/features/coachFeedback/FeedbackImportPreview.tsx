import { useEffect, useId, useRef, useState } from 'react';
import type { CoachComment } from '../../../shared/coach/coachComment';
import type { FeedbackFile } from '../../../shared/coach/feedbackFile';
import { describeFeedbackPlan } from '../../../shared/coach/planFeedback';
import { formatCount } from '../../app/formatCount';
import type { FeedbackAttachPlan } from '../../db/repositories/coachFeedbackRepository';
import { useCoachFeedbackRepository } from './useCoachFeedbackRepository';
import { useReceivedFeedbackRepository } from './useReceivedFeedbackRepository';
import './coachFeedback.css';
import { errorText } from '../../../shared/app/errorText';

interface FeedbackImportPreviewProps {
  readonly fileName: string;
  readonly feedback: FeedbackFile;
  /** Attached: what to tell the person. */
  readonly onAttached: (message: string) => void;
  /** Refused (another journal) or failed: the message to show; nothing was written. */
  readonly onFailed: (message: string) => void;
  readonly onCancel: () => void;
}

const SHOWN_TEXT = 120;

function NotFoundList({ comments }: { comments: readonly CoachComment[] }) {
  if (comments.length === 0) return null;
  return (
    <>
      <h4>Comments on reflections not in this journal</h4>
      <p>
        These are not added: the reflections they are about are not here (deleted for good, or never
        imported).
      </p>
      <ul>
        {comments.map(({ id, reflectionId, text }) => (
          <li key={id} dir="auto">
            “{text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}…` : text}” (reflection {reflectionId})
          </li>
        ))}
      </ul>
    </>
  );
}

function attachedMessage(added: number, updated: number, notFound: number): string {
  const parts = [`${formatCount(added)} new`, `${formatCount(updated)} updated`];
  const skipped = notFound === 0 ? '' : ` ${formatCount(notFound)} for reflections not found were not added.`;
  return `Coach feedback attached: ${parts.join(', ')}.${skipped}`;
}

/**
 * "Import file" found a coach's feedback: what attaching it would add, before anything is written,
 * then the attaching itself. A file for another journal is refused before the preview shows.
 */
export function FeedbackImportPreview({
  fileName,
  feedback,
  onAttached,
  onFailed,
  onCancel,
}: FeedbackImportPreviewProps) {
  const repository = useCoachFeedbackRepository();
  const received = useReceivedFeedbackRepository();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [plan, setPlan] = useState<FeedbackAttachPlan | null>(null);
  const [isAttaching, setIsAttaching] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    repository.preview(feedback).then(
      (planned) => isCurrent && setPlan(planned),
      (error: unknown) => isCurrent && onFailed(errorText(error)),
    );
    return () => {
      isCurrent = false;
    };
    // The preview is for this file; a parent re-render with new callbacks does not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, feedback]);

  useEffect(() => {
    if (plan !== null) headingRef.current?.focus();
  }, [plan]);

  if (plan === null) return <p className="muted">Matching the comments to your reflections…</p>;

  async function attach() {
    setIsAttaching(true);
    try {
      const result = await received.attach(feedback);
      onAttached(attachedMessage(result.added, result.updated, result.notFound.length));
    } catch (error) {
      setIsAttaching(false);
      onFailed(`The feedback was not attached and your journal was left as it was: ${errorText(error)}`);
    }
  }

  return (
    <section className="data-preview coach-feedback-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Coach feedback in {fileName}
      </h3>
      {feedback.coachName === undefined ? null : <p dir="auto">From {feedback.coachName}.</p>}
      <p className="data-count">{describeFeedbackPlan(plan)}</p>
      {feedback.needsDiscussion.length === 0 ? null : (
        <p>
          Your coach marked {formatCount(feedback.needsDiscussion.length)}{' '}
          {feedback.needsDiscussion.length === 1 ? 'reflection' : 'reflections'} "Needs discussion".
        </p>
      )}
      {feedback.sessionNotes === undefined ? null : (
        <p>It includes your coach's notes for your next session.</p>
      )}
      <NotFoundList comments={plan.notFound} />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={isAttaching}
          onClick={() => !isAttaching && void attach()}
        >
          Attach feedback
        </button>
        <button type="button" className="button" disabled={isAttaching} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
