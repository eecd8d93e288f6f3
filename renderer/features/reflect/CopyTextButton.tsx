import { useState } from 'react';
import { copyText } from './copyText';

/** "Copy text", and a line saying whether it worked: a failed copy must not look like a copy. */
export function CopyTextButton({ text }: { text: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void copyText(text).then((copied) => setResult(copied ? 'copied' : 'failed'))}
      >
        Copy text
      </button>
      <p role="status" className={result === 'failed' ? 'field-error' : 'muted'}>
        {result === 'copied' ? 'Copied. Paste it somewhere safe.' : null}
        {result === 'failed'
          ? 'It could not be copied here. Select the text and copy it with the keyboard (Ctrl+C or Cmd+C).'
          : null}
      </p>
    </>
  );
}
