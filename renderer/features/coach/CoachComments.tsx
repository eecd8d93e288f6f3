import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { COACH_COMMENT_MAX_CHARS } from '../../../shared/coach/coachComment';
import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import { formatCount } from '../../app/formatCount';
import type { CoachCommentRecord } from '../../db/coach/coachDatabase';
import { errorText } from '../../../shared/app/errorText';
import { useDateTimeFormat, type DateTimeFormatters } from '../dateTime/useDateTimeFormat';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { useCoach } from './coachServices';
import { ConfirmAction } from './ConfirmAction';

function formatWhen(iso: string, format: DateTimeFormatters): string {
  return format.dateTime(epochMsToLocalDateTime(Date.parse(iso), viewerTimeZone()));
}

/** Said as the comment is typed, so nothing is cut and the coach knows how much to shorten. */
function lengthProblem(text: string): string | null {
  const over = text.trim().length - COACH_COMMENT_MAX_CHARS;
  return over > 0
    ? `This comment is ${formatCount(over)} characters too long (${formatCount(COACH_COMMENT_MAX_CHARS)} at most).`
    : null;
}

/** A comment being written or edited; the words stay in the box until they are saved. */
function CommentForm({
  label,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const problem = lengthProblem(text) ?? failure;
  return (
    <form
      className="coach-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (lengthProblem(text) !== null) return;
        if (text.trim() === '') return setFailure('Write a comment first.');
        setIsSaving(true);
        setFailure(null);
        onSave(text).then(
          () => setIsSaving(false),
          (error: unknown) => {
            setIsSaving(false);
            setFailure(`The comment was not saved: ${errorText(error)}`);
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          value={text}
          autoFocus
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : `${id}-problem`}
          onChange={(event) => {
            setText(event.target.value);
            setFailure(null);
          }}
        />
      </div>
      {problem === null ? null : (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CommentItem({ comment }: { comment: CoachCommentRecord }) {
  const { notes } = useCoach();
  const format = useDateTimeFormat();
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const [failure, setFailure] = useState<string | null>(null);
  const edited = comment.updatedAt !== comment.createdAt;

  if (mode === 'edit') {
    return (
      <li className="coach-comment">
        <CommentForm
          label="Edit comment"
          initial={comment.text}
          submitLabel="Save comment"
          onSave={async (text) => {
            await notes.editComment(comment.id, text);
            setMode('show');
          }}
          onCancel={() => setMode('show')}
        />
      </li>
    );
  }
  return (
    <li className="coach-comment">
      <p className="entry-text">{comment.text}</p>
      <p className="coach-comment-date">
        {formatWhen(comment.createdAt, format)}
        {edited ? ` · edited ${formatWhen(comment.updatedAt, format)}` : ''}
      </p>
      {mode === 'confirm-delete' ? (
        <ConfirmAction
          title="Delete this comment?"
          text="It is removed from this client's workspace and from any feedback you export from now on."
          confirmLabel="Delete"
          onConfirm={() =>
            void notes.deleteComment(comment.id).catch((error: unknown) => {
              setMode('show');
              setFailure(`The comment was not deleted: ${errorText(error)}`);
            })
          }
          onCancel={() => setMode('show')}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="button" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
      {failure === null ? null : (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </li>
  );
}

/** The coach's comments on a reflection as a whole (principleId null) or on one principle's block. */
export function CommentThread({
  clientId,
  reflectionId,
  principleId,
  principleTitle,
}: {
  clientId: string;
  reflectionId: string;
  principleId: string | null;
  principleTitle?: string;
}) {
  const { notes } = useCoach();
  const headingId = useId();
  const [isAdding, setIsAdding] = useState(false);
  const comments = useLiveQuery(
    () => notes.commentsOn(clientId, reflectionId),
    [notes, clientId, reflectionId],
  );
  const here = (comments ?? []).filter((comment) => comment.principleId === principleId);
  const about = principleId === null ? 'this reflection' : (principleTitle ?? 'this principle');
  const Heading = principleId === null ? 'h3' : 'h4';
  return (
    <section className="coach-comments" aria-labelledby={headingId}>
      <Heading id={headingId}>{principleId === null ? 'Your comments' : `Your comments on ${about}`}</Heading>
      {here.length === 0 ? null : (
        <ol className="coach-comment-list">
          {here.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ol>
      )}
      {isAdding ? (
        <CommentForm
          label={`Comment on ${about}`}
          initial=""
          submitLabel="Save comment"
          onSave={async (text) => {
            await notes.addComment({ clientId, reflectionId, principleId, text });
            setIsAdding(false);
          }}
          onCancel={() => setIsAdding(false)}
        />
      ) : (
        <div>
          <button
            type="button"
            className="button"
            aria-label={principleId === null ? undefined : `Add comment on ${about}`}
            onClick={() => setIsAdding(true)}
          >
            Add comment
          </button>
        </div>
      )}
    </section>
  );
}

/** "Needs discussion": the reflection goes on the session agenda. */
export function NeedsDiscussion({ clientId, reflectionId }: { clientId: string; reflectionId: string }) {
  const { notes } = useCoach();
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const stored = useLiveQuery(() => notes.isFlagged(clientId, reflectionId), [notes, clientId, reflectionId]);
  // The box follows the click at once; the stored flag catches up, or the box goes back with a message.
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Once the stored flag agrees, it leads again (a change from another window shows).
  if (chosen !== null && stored === chosen) setChosen(null);
  const flagged = chosen ?? stored;
  return (
    <div className="field coach-flag">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={flagged === true}
          disabled={flagged === undefined}
          onChange={(event) => {
            const next = event.target.checked;
            setFailure(null);
            setChosen(next);
            notes.setFlag(clientId, reflectionId, next).catch((error: unknown) => {
              setChosen(null);
              setFailure(`The flag was not saved: ${errorText(error)}`);
            });
          }}
        />{' '}
        Needs discussion
      </label>
      {failure === null ? null : (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}

/** What the coach adds under a client's reflection: the flag and the comments on it as a whole. */
export function ReflectionCoachSection({
  clientId,
  reflectionId,
}: {
  clientId: string;
  reflectionId: string;
}) {
  const headingId = useId();
  return (
    <section className="entry-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>Coach notes</h2>
      <NeedsDiscussion clientId={clientId} reflectionId={reflectionId} />
      <CommentThread clientId={clientId} reflectionId={reflectionId} principleId={null} />
    </section>
  );
}
