import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../../electron/files/describeFileError';

const failure = (code: string) => Object.assign(new Error(`${code}: raw system text`), { code });

describe('describeFileError', () => {
  it('names what happened to the place the person chose', () => {
    expect(describeFileError(failure('ENOSPC'), 'the backup folder')).toBe('the disk is full');
    expect(describeFileError(failure('EACCES'), 'the backup folder')).toBe(
      'the app may not write to the backup folder',
    );
    expect(describeFileError(failure('EPERM'), 'that folder')).toBe('the app may not write to that folder');
    expect(describeFileError(failure('EROFS'), 'that folder')).toBe('that folder is read-only');
    expect(describeFileError(failure('ENOENT'), 'the backup folder')).toBe(
      'the backup folder no longer exists',
    );
  });

  it('keeps the message of anything it has no words for', () => {
    expect(describeFileError(failure('EMFILE'), 'that folder')).toBe('EMFILE: raw system text');
    expect(describeFileError('refused', 'that folder')).toBe('refused');
  });
});
