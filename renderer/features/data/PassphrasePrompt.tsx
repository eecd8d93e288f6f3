import { useEffect, useId, useRef, useState } from 'react';

interface PassphrasePromptProps {
  readonly fileName: string;
  readonly onUnlock: (passphrase: string) => void;
  readonly onCancel: () => void;
}

/** Asks for the passphrase of an encrypted file; what was typed stays after a wrong one, to correct. */
export function PassphrasePrompt({ fileName, onUnlock, onCancel }: PassphrasePromptProps) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  return (
    <form
      className="data-passphrase"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <p>{fileName} is encrypted. Type the passphrase it was exported with.</p>
      <div className="field">
        <label htmlFor={id}>Passphrase</label>
        <input
          ref={inputRef}
          id={id}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Unlock
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
