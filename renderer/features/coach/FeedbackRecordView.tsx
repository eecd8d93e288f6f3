import { useId } from 'react';
import type { FeedbackRecord } from '../../../shared/coach/feedbackRecord';
import { formatCount } from '../../app/formatCount';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { describeInstantDay, describePeriod } from './clientFacts';

/**
 * The coach's printable record of the feedback for one client: on screen a plain section under
 * the buttons, on paper (print or PDF) the only thing printed.
 */
export function FeedbackRecordView({ record, madeAt }: { record: FeedbackRecord; madeAt: string }) {
  const titleId = useId();
  const notesId = useId();
  const format = useDateTimeFormat();
  return (
    <section className="feedback-record" aria-labelledby={titleId}>
      <h2 id={titleId}>Feedback record for {record.clientName}</h2>
      <dl className="facts">
        <dt>Period</dt>
        <dd>{describePeriod(record)}</dd>
        <dt>Made on</dt>
        <dd>{describeInstantDay(madeAt)}</dd>
        <dt>Comments</dt>
        <dd>{formatCount(record.commentCount)}</dd>
      </dl>
      {record.entries.length === 0 ? <p>No comment and no reflection marked "Needs discussion".</p> : null}
      {record.entries.map((entry) => (
        <article key={entry.reflectionId} className="feedback-record-entry">
          <h3>
            {entry.occurredAt === null ? 'No date' : format.dateTime(entry.occurredAt)}
            {': '}
            <span dir="auto">{entry.title}</span>
          </h3>
          {entry.needsDiscussion ? (
            <p>
              <span className="tag">Needs discussion</span>
            </p>
          ) : null}
          {entry.comments.length === 0 ? null : (
            <dl>
              {entry.comments.map((comment) => (
                <div key={comment.id} className="feedback-record-comment">
                  <dt>
                    {comment.about} · {describeInstantDay(comment.updatedAt)}
                  </dt>
                  <dd className="report-text" dir="auto">
                    {comment.text}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </article>
      ))}
      {record.sessionNotes === null ? null : (
        <section aria-labelledby={notesId} className="feedback-record-entry">
          <h3 id={notesId}>Session notes</h3>
          <p className="report-text" dir="auto">
            {record.sessionNotes}
          </p>
        </section>
      )}
    </section>
  );
}
