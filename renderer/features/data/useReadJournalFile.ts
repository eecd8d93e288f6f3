import { useState, type ChangeEvent } from 'react';
import { ImportFileError } from '../../../shared/data/importErrors';
import { importFileSizeProblem } from '../../../shared/data/readImportFile';
import { errorText } from '../../../shared/app/errorText';

/** What a reader answers when the file is encrypted and no passphrase was given yet. */
export interface NeedsPassphrase {
  readonly kind: 'needs-passphrase';
}

export type ReadingStep =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'passphrase'; readonly fileName: string; readonly source: FileSource };

/** The chosen file: as it was chosen (a Blob, whose bytes the page never copies) or its bytes. */
type FileSource = { readonly blob: Blob } | { readonly bytes: Uint8Array };

export interface ReadJournalFileOptions<R extends { readonly kind: string }> {
  /** Reads and checks the bytes (decrypting them with the passphrase once there is one). */
  read?(bytes: Uint8Array, fileName: string, passphrase: string | undefined): Promise<R | NeedsPassphrase>;
  /**
   * Instead of `read`: reads and checks the file as chosen, for a reader elsewhere (the data
   * worker), so the page neither holds its bytes nor copies them across.
   */
  readFile?(file: Blob, fileName: string, passphrase: string | undefined): Promise<R | NeedsPassphrase>;
  /** The file was read: what the section does with it. What this throws is shown like a reading failure. */
  onRead(result: R, fileName: string): void | Promise<void>;
  /** A new file was chosen, or the person cancelled: the section forgets the previous file. */
  onReset(): void;
  /** Said when the person cancels. */
  cancelledMessage: string;
}

/** A file's own message when it is the file that is wrong; otherwise what failed and why. */
export function describeReadFailure(error: unknown): string {
  return error instanceof ImportFileError ? error.message : `Reading the file failed: ${errorText(error)}`;
}

const IDLE: ReadingStep = { step: 'idle' };

function readWith<R extends { readonly kind: string }>(
  options: ReadJournalFileOptions<R>,
  source: FileSource,
  fileName: string,
  passphrase: string | undefined,
): Promise<R | NeedsPassphrase> {
  if ('blob' in source && options.readFile !== undefined)
    return options.readFile(source.blob, fileName, passphrase);
  if ('bytes' in source && options.read !== undefined)
    return options.read(source.bytes, fileName, passphrase);
  throw new Error('The file reader was given neither read nor readFile.');
}

/**
 * Choosing a journal file and reading it, shared by "Import file" and "Open client journal": the
 * size check, the bytes, the passphrase an encrypted file asks for (a wrong one can be typed
 * again), cancelling, and the messages saying what happened.
 */
export function useReadJournalFile<R extends { readonly kind: string }>(options: ReadJournalFileOptions<R>) {
  const [step, setStep] = useState<ReadingStep>(IDLE);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function readSource(source: FileSource, fileName: string, passphrase: string | undefined) {
    let result: R | NeedsPassphrase;
    try {
      result = await readWith(options, source, fileName, passphrase);
    } catch (error) {
      setFailure(describeReadFailure(error));
      // A wrong passphrase can be typed again; any other problem ends this file.
      setStep((current) => (passphrase !== undefined && current.step === 'passphrase' ? current : IDLE));
      return;
    }
    if (result.kind === 'needs-passphrase') {
      setStep({ step: 'passphrase', fileName, source });
      return;
    }
    setStep(IDLE);
    try {
      await options.onRead(result as R, fileName);
    } catch (error) {
      setFailure(describeReadFailure(error));
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, is noticed.
    event.target.value = '';
    if (file === undefined) return;
    options.onReset();
    setDone('');
    setFailure(null);
    const tooLarge = importFileSizeProblem(file.size);
    if (tooLarge !== null) {
      setStep(IDLE);
      return setFailure(tooLarge);
    }
    setStep({ step: 'reading' });
    if (options.readFile !== undefined) return readSource({ blob: file }, file.name, undefined);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      setStep(IDLE);
      return setFailure(`${file.name} could not be read: ${errorText(error)}`);
    }
    await readSource({ bytes }, file.name, undefined);
  }

  async function unlock(passphrase: string) {
    if (step.step !== 'passphrase') return;
    setFailure(null);
    await readSource(step.source, step.fileName, passphrase);
  }

  function cancel() {
    options.onReset();
    setStep(IDLE);
    setFailure(null);
    setDone(options.cancelledMessage);
  }

  return {
    step,
    isReading: step.step === 'reading',
    done,
    failure,
    setDone,
    setFailure,
    chooseFile,
    unlock,
    cancel,
  };
}
