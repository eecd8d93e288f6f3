import { useEffect, useId, useState } from 'react';
import type { SessionNotesRecord } from '../../db/coach/coachDatabase';
import { errorText } from '../../../shared/app/errorText';
import { useAutosave } from '../reflect/useAutosave';
import { useCoach } from './coachServices';

interface NotesValue {
  readonly text: string;
  readonly includeInFeedback: boolean;
}

function NotesEditor({ clientId, initial }: { clientId: string; initial: NotesValue }) {
  const { notes } = useCoach();
  const id = useId();
  const [draft, setDraft] = useState({ value: initial, revision: 0 });
  const [failure, setFailure] = useState<string | null>(null);
  const { status } = useAutosave({
    value: draft.value,
    revision: draft.revision,
    save: async (value: NotesValue) => {
      await notes.saveSessionNotes(clientId, value);
      setFailure(null);
    },
    onError: (error) =>
      setFailure(`Your session notes are not saved yet (they stay on screen): ${errorText(error)}`),
  });
  const change = (patch: Partial<NotesValue>) =>
    setDraft((current) => ({ value: { ...current.value, ...patch }, revision: current.revision + 1 }));

  return (
    <div className="coach-notes">
      <div className="field">
        <label htmlFor={`${id}-text`}>Session notes</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={draft.value.text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => change({ text: event.target.value })}
        />
        <p id={`${id}-hint`} className="field-hint">
          For your next conversation with this client. Private to you: they go into a feedback file only when
          you tick the box below.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-include`}>
          <input
            id={`${id}-include`}
            type="checkbox"
            checked={draft.value.includeInFeedback}
            onChange={(event) => change({ includeInFeedback: event.target.checked })}
          />{' '}
          Include session notes in feedback
        </label>
      </div>
      <p role="status" className="muted">
        {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
      </p>
      {failure === null ? null : (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}

/** The coach's notes for the next session, saved as they are typed, like a draft. */
export function SessionNotes({ clientId }: { clientId: string }) {
  const { notes } = useCoach();
  // Read once: a live read would put an older copy back under the coach's typing.
  const [stored, setStored] = useState<SessionNotesRecord | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    notes.sessionNotes(clientId).then(
      (found) => isCurrent && setStored(found),
      (error: unknown) =>
        isCurrent && setFailure(`Your session notes could not be read: ${errorText(error)}`),
    );
    return () => {
      isCurrent = false;
    };
  }, [notes, clientId]);
  if (failure !== null) return <p role="alert">{failure}</p>;
  if (stored === undefined) return <p className="muted">Loading…</p>;
  return (
    <NotesEditor
      clientId={clientId}
      initial={{ text: stored?.text ?? '', includeInFeedback: stored?.includeInFeedback ?? false }}
    />
  );
}
