import { useId } from 'react';
import { MIN_PASSPHRASE_LENGTH } from './exportChoices';

interface PassphraseFieldsProps {
  readonly passphrase: string;
  readonly confirmPassphrase: string;
  /** Shown once the person tried to export with a passphrase that cannot be used. */
  readonly problem: string | null;
  readonly onChange: (change: { passphrase?: string; confirmPassphrase?: string }) => void;
}

/** The passphrase twice, so a typo does not lock the person out of their own export. */
export function PassphraseFields({
  passphrase,
  confirmPassphrase,
  problem,
  onChange,
}: PassphraseFieldsProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const mismatch = confirmPassphrase !== '' && confirmPassphrase !== passphrase;
  const message = problem ?? (mismatch ? 'The two passphrases do not match.' : null);
  return (
    <div className="data-passphrase">
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>Passphrase</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          aria-invalid={problem !== null && passphrase.length < MIN_PASSPHRASE_LENGTH}
          aria-describedby={message === null ? undefined : errorId}
          onChange={(event) => onChange({ passphrase: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Confirm passphrase</label>
        <input
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          value={confirmPassphrase}
          aria-invalid={mismatch}
          aria-describedby={message === null ? undefined : errorId}
          onChange={(event) => onChange({ confirmPassphrase: event.target.value })}
        />
      </div>
      {message !== null ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
