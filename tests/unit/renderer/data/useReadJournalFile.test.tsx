import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChangeEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { MAX_IMPORT_BYTES } from '../../../../shared/data/readImportFile';
import { PassphrasePrompt } from '../../../../renderer/features/data/PassphrasePrompt';
import {
  useReadJournalFile,
  type NeedsPassphrase,
} from '../../../../renderer/features/data/useReadJournalFile';

type Read = { readonly kind: 'text'; readonly text: string };

/** A chosen file as the input's change event carries it; `arrayBuffer` as a browser's File has it. */
function chosen(text: string, name = 'journal.json', size?: number) {
  const bytes = new TextEncoder().encode(text);
  const file = { name, size: size ?? bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer) };
  const target = { files: [file], value: 'C:\\fakepath\\journal.json' };
  return { event: { target } as unknown as ChangeEvent<HTMLInputElement>, target };
}

/** Reads "secret:<passphrase>:<text>" files as encrypted with that passphrase, anything else as plain text. */
async function fakeRead(bytes: Uint8Array, _name: string, passphrase: string | undefined) {
  const text = new TextDecoder().decode(bytes);
  const [, wanted, body] = /^secret:([^:]*):(.*)$/.exec(text) ?? [];
  if (wanted === undefined) {
    if (text === 'broken') throw new ImportFileError('Reflection 3: "Occurred at" is not a date.');
    return { kind: 'text', text } as Read;
  }
  if (passphrase === undefined) return { kind: 'needs-passphrase' } as NeedsPassphrase;
  if (passphrase !== wanted) throw new ImportFileError('The passphrase is wrong.');
  return { kind: 'text', text: body ?? '' } as Read;
}

function setup(onRead: (result: Read) => void | Promise<void> = () => undefined) {
  const onReset = vi.fn();
  const read = vi.fn(fakeRead);
  const handled = vi.fn(onRead);
  const hook = renderHook(() =>
    useReadJournalFile<Read>({ read, onRead: handled, onReset, cancelledMessage: 'Cancelled.' }),
  );
  return { hook, read, onRead: handled, onReset };
}

describe('useReadJournalFile', () => {
  it('reads a plain file and hands what it read to the section, clearing the input for the same file again', async () => {
    const { hook, onRead, onReset } = setup();
    const { event, target } = chosen('hello');
    await act(() => hook.result.current.chooseFile(event));
    expect(onRead).toHaveBeenCalledWith({ kind: 'text', text: 'hello' }, 'journal.json');
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(target.value).toBe('');
    expect(hook.result.current.step).toEqual({ step: 'idle' });
    expect(hook.result.current.failure).toBeNull();
  });

  it('asks for the passphrase, keeps asking after a wrong one with its message, and reads with the right one', async () => {
    const { hook, onRead } = setup();
    await act(() => hook.result.current.chooseFile(chosen('secret:horse:inside').event));
    expect(hook.result.current.step).toMatchObject({ step: 'passphrase', fileName: 'journal.json' });
    expect(onRead).not.toHaveBeenCalled();

    await act(() => hook.result.current.unlock('cow'));
    expect(hook.result.current.failure).toBe('The passphrase is wrong.');
    expect(hook.result.current.step.step).toBe('passphrase');
    expect(onRead).not.toHaveBeenCalled();

    await act(() => hook.result.current.unlock('horse'));
    expect(hook.result.current.failure).toBeNull();
    expect(hook.result.current.step.step).toBe('idle');
    expect(onRead).toHaveBeenCalledWith({ kind: 'text', text: 'inside' }, 'journal.json');
  });

  it('hands the file itself, never its bytes, to a reader that reads files, and the same file again with the passphrase', async () => {
    const onRead = vi.fn();
    const arrayBuffer = vi.fn();
    const file = { name: 'journal.json', size: 12, arrayBuffer };
    const readFile = vi.fn(async (_file: Blob, _name: string, passphrase: string | undefined) =>
      passphrase === undefined
        ? ({ kind: 'needs-passphrase' } as NeedsPassphrase)
        : ({ kind: 'text', text: passphrase } as Read),
    );
    const hook = renderHook(() =>
      useReadJournalFile<Read>({
        readFile,
        onRead,
        onReset: () => undefined,
        cancelledMessage: 'Cancelled.',
      }),
    );
    const event = { target: { files: [file], value: '' } } as unknown as ChangeEvent<HTMLInputElement>;
    await act(() => hook.result.current.chooseFile(event));
    expect(hook.result.current.step.step).toBe('passphrase');
    await act(() => hook.result.current.unlock('horse'));
    expect(readFile.mock.calls.map(([given, name, passphrase]) => [given, name, passphrase])).toEqual([
      [file, 'journal.json', undefined],
      [file, 'journal.json', 'horse'],
    ]);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(onRead).toHaveBeenCalledWith({ kind: 'text', text: 'horse' }, 'journal.json');
  });

  it("shows a broken file's own message and ends that file", async () => {
    const { hook, onRead } = setup();
    await act(() => hook.result.current.chooseFile(chosen('broken').event));
    expect(hook.result.current.failure).toBe('Reflection 3: "Occurred at" is not a date.');
    expect(hook.result.current.step.step).toBe('idle');
    expect(onRead).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { hook, read } = setup();
    await act(() => hook.result.current.chooseFile(chosen('x', 'huge.json', MAX_IMPORT_BYTES + 1).event));
    expect(hook.result.current.failure).toMatch(/too large/i);
    expect(read).not.toHaveBeenCalled();
  });

  it('says what failed when the section cannot use what was read', async () => {
    const { hook } = setup(() => Promise.reject(new Error('the database is closed')));
    await act(() => hook.result.current.chooseFile(chosen('hello').event));
    expect(hook.result.current.failure).toBe('Reading the file failed: the database is closed');
  });

  it('shows "Reading the file" while the bytes are being read', async () => {
    let release: (value: Read) => void = () => undefined;
    const { hook } = setup();
    const slow = renderHook(() =>
      useReadJournalFile<Read>({
        read: () => new Promise<Read>((resolve) => (release = resolve)),
        onRead: () => undefined,
        onReset: () => undefined,
        cancelledMessage: '',
      }),
    );
    let reading: Promise<void> = Promise.resolve();
    act(() => {
      reading = slow.result.current.chooseFile(chosen('hello').event);
    });
    await vi.waitFor(() => expect(slow.result.current.isReading).toBe(true));
    await act(async () => {
      release({ kind: 'text', text: 'hello' });
      await reading;
    });
    expect(slow.result.current.isReading).toBe(false);
    expect(hook.result.current.isReading).toBe(false);
  });

  it('cancelling forgets the file, tells the section and says so', async () => {
    const { hook, onReset } = setup();
    await act(() => hook.result.current.chooseFile(chosen('secret:horse:inside').event));
    act(() => hook.result.current.cancel());
    expect(hook.result.current.step.step).toBe('idle');
    expect(hook.result.current.done).toBe('Cancelled.');
    expect(onReset).toHaveBeenCalledTimes(2);
  });
});

describe('PassphrasePrompt', () => {
  it('takes focus, hands over what was typed on Unlock, keeps it for correcting, and cancels', async () => {
    const user = userEvent.setup();
    const onUnlock = vi.fn();
    const onCancel = vi.fn();
    render(<PassphrasePrompt fileName="journal.json" onUnlock={onUnlock} onCancel={onCancel} />);
    expect(
      screen.getByText('journal.json is encrypted. Type the passphrase it was exported with.'),
    ).toBeTruthy();
    const field = screen.getByLabelText('Passphrase');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'horse{Enter}');
    expect(onUnlock).toHaveBeenLastCalledWith('horse');
    await user.type(field, 's');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(onUnlock).toHaveBeenLastCalledWith('horses');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
