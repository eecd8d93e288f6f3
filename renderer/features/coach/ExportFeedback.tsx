import { useId, useState } from 'react';
import { buildFeedbackFile, encryptFeedbackFile } from '../../../shared/coach/feedbackFile';
import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import { formatCount } from '../../app/formatCount';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { usePlatform } from '../../platform/PlatformContext';
import { ActionStatus } from '../data/ActionStatus';
import { MIN_PASSPHRASE_LENGTH } from '../data/exportChoices';
import { PassphraseFields } from '../data/PassphraseFields';
import { errorText } from '../../../shared/app/errorText';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { useCoach } from './coachServices';
import { FeedbackRecordView } from './FeedbackRecordView';
import { useFeedbackRecordPrint } from './useFeedbackRecordPrint';

function passphraseProblem(encrypt: boolean, passphrase: string, confirm: string): string | null {
  if (!encrypt) return null;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  return passphrase === confirm ? null : 'The two passphrases do not match.';
}

const commentsWord = (count: number) => `${formatCount(count)} ${count === 1 ? 'comment' : 'comments'}`;

/**
 * "Export feedback": the coach's comments and "Needs discussion" flags for this client, and the
 * session notes only when ticked, in the feedback format the client's "Import file" reads.
 */
export function ExportFeedback({ client }: { client: CoachClientRecord }) {
  const { notes } = useCoach();
  const platform = usePlatform();
  const encryptId = useId();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const problem = passphraseProblem(encrypt, passphrase, confirm);
  const printing = useFeedbackRecordPrint(client);

  async function exportFeedback() {
    setDone('');
    setFailure(null);
    if (problem !== null) return setShowProblem(true);
    setIsBusy(true);
    try {
      const [comments, flags, sessionNotes] = await Promise.all([
        notes.commentsFor(client.id),
        notes.flagsFor(client.id),
        notes.sessionNotes(client.id),
      ]);
      const now = new Date();
      const shareNotes = sessionNotes?.includeInFeedback === true && sessionNotes.text.trim() !== '';
      const text = buildFeedbackFile({
        appVersion: __APP_VERSION__,
        exportedAt: now.toISOString(),
        journalId: client.journalId,
        comments: comments.map(({ clientId: _clientId, ...comment }) => comment),
        needsDiscussion: flags.map(({ reflectionId }) => reflectionId),
        ...(shareNotes ? { sessionNotes: sessionNotes.text } : {}),
      });
      const data = encrypt ? await encryptFeedbackFile(text, passphrase) : text;
      const day = epochMsToLocalDateTime(now.getTime(), viewerTimeZone()).slice(0, 10);
      const suggestedName = `influence-journal-feedback-${day}${encrypt ? '-encrypted' : ''}.json`;
      const result = await platform.files.save({ suggestedName, mimeType: 'application/json', data });
      const what = commentsWord(comments.length);
      if (!result.saved) setDone('Export cancelled: nothing was saved.');
      else if (platform.kind === 'browser') setDone(`Downloaded feedback with ${what} as ${suggestedName}.`);
      else setDone(`Saved feedback with ${what} to ${result.path ?? suggestedName}.`);
    } catch (error) {
      setFailure(`The feedback export failed: ${errorText(error)}`);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="coach-export">
      <p className="field-hint">
        A small file for {client.name} to open with "Import file" on their Data page: your comments and the
        reflections you marked "Needs discussion", matched to their journal. "Export feedback PDF" prints the
        same feedback as a record for you to keep.
      </p>
      <div className="field">
        <label htmlFor={encryptId}>
          <input
            id={encryptId}
            type="checkbox"
            checked={encrypt}
            onChange={(event) => setEncrypt(event.target.checked)}
          />{' '}
          Encrypt with a passphrase
        </label>
      </div>
      {encrypt ? (
        <PassphraseFields
          passphrase={passphrase}
          confirmPassphrase={confirm}
          problem={showProblem ? problem : null}
          onChange={(change) => {
            if (change.passphrase !== undefined) setPassphrase(change.passphrase);
            if (change.confirmPassphrase !== undefined) setConfirm(change.confirmPassphrase);
          }}
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={isBusy}
          onClick={() => void exportFeedback()}
        >
          Export feedback
        </button>
        <button
          type="button"
          className="button"
          disabled={printing.isBusy}
          onClick={() => void printing.makeRecord()}
        >
          Export feedback PDF
        </button>
      </div>
      <ActionStatus status={isBusy ? 'Exporting feedback…' : done} failure={failure} />
      <ActionStatus
        status={printing.isBusy ? 'Making the feedback record…' : printing.status}
        failure={printing.failure}
        className="feedback-record-actions"
      />
      {printing.shown === null ? null : (
        <>
          <FeedbackRecordView record={printing.shown.record} madeAt={printing.shown.madeAt} />
          <div className="button-row feedback-record-actions">
            <button type="button" className="button" onClick={printing.hide}>
              Close feedback record
            </button>
          </div>
        </>
      )}
    </div>
  );
}
