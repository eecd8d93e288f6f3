import { describe, expect, it } from 'vitest';
import { describeStorageError, UnreadableDataError } from '../../../../renderer/db/storageErrors';

const named = (name: string, inner?: unknown) =>
  Object.assign(new Error(`${name} happened`), { name, inner });

describe('describeStorageError', () => {
  it('recognises a quota error as storage full and says the text is still on screen', () => {
    const problem = describeStorageError(named('QuotaExceededError'));
    expect(problem.kind).toBe('full');
    expect(problem.message).toMatch(/Storage is full/);
    expect(problem.message).toMatch(/still on screen/);
  });

  it('finds a quota error wrapped as the inner error of an AbortError', () => {
    expect(describeStorageError(named('AbortError', named('QuotaExceededError'))).kind).toBe('full');
  });

  it('asks for a reload when another window upgraded the database', () => {
    expect(describeStorageError(named('DatabaseClosedError')).message).toMatch(/Reload/);
  });

  it('says a newer version of the app opened the journal, even inside an OpenFailedError', () => {
    const problem = describeStorageError(named('OpenFailedError', named('VersionError')));
    expect(problem.kind).toBe('newer-version');
    expect(problem.message).toMatch(/newer version of Influence Journal/);
    expect(problem.message).toMatch(/nothing in it was changed/);
  });

  it('does not blame another window for an open that failed for another reason', () => {
    const problem = describeStorageError(named('OpenFailedError', named('UnknownError')));
    expect(problem.kind).toBe('other');
    expect(problem.message).toContain('OpenFailedError happened');
  });

  it('names a blocked open', () => {
    expect(describeStorageError(named('BlockedError')).kind).toBe('blocked');
  });

  it('passes any other error message through rather than hiding it', () => {
    const problem = describeStorageError(new Error('disk on fire'));
    expect(problem.kind).toBe('other');
    expect(problem.message).toContain('disk on fire');
  });

  it('shows data set aside as unreadable in the words it was reported with', () => {
    const problem = describeStorageError(new UnreadableDataError('Your settings could not be read.'));
    expect(problem).toEqual({ kind: 'unreadable', message: 'Your settings could not be read.' });
  });
});
