import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../shared/app/errorText';

describe('errorText', () => {
  it('gives an Error its own message, subclasses included', () => {
    expect(errorText(new Error('The disk is full'))).toBe('The disk is full');
    expect(errorText(new RangeError('Unknown time zone: Mars/Base'))).toBe('Unknown time zone: Mars/Base');
  });

  it('gives anything else thrown as text', () => {
    expect(errorText('QuotaExceededError')).toBe('QuotaExceededError');
    expect(errorText(42)).toBe('42');
    expect(errorText(undefined)).toBe('undefined');
  });

  it('does not fail again on a value that cannot be turned into text', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(errorText(hostile)).toBe('Unknown error');
  });
});
