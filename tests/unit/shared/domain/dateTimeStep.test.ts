import { describe, expect, it } from 'vitest';
import { partAtCaret, stepDateTime } from '../../../../shared/domain/dateTimeStep';

describe('the part under the caret', () => {
  it('counts the parts in the order the format writes them', () => {
    expect(partAtCaret('02/03/2026', 0, 'date', 'dmy')).toBe('day');
    expect(partAtCaret('02/03/2026', 4, 'date', 'dmy')).toBe('month');
    expect(partAtCaret('03/02/2026', 1, 'date', 'mdy')).toBe('month');
    expect(partAtCaret('2026-03-02', 9, 'date', 'ymd')).toBe('day');
    expect(partAtCaret('9:30 pm', 0, 'time', 'dmy')).toBe('hour');
    expect(partAtCaret('9:30 pm', 3, 'time', 'dmy')).toBe('minute');
    expect(partAtCaret('9:30 pm', 6, 'time', 'dmy')).toBe('meridiem');
    expect(partAtCaret('02/03/2026 21:30', 12, 'datetime', 'dmy')).toBe('hour');
    expect(partAtCaret('', 0, 'date', 'mdy')).toBe('month');
  });
});

describe('stepping a part', () => {
  it('moves days across months and years', () => {
    expect(stepDateTime('2026-12-31', 'date', 'day', 1)).toBe('2027-01-01');
    expect(stepDateTime('2026-03-01', 'date', 'day', -1)).toBe('2026-02-28');
  });

  it('keeps a month step inside the month', () => {
    expect(stepDateTime('2026-01-31', 'date', 'month', 1)).toBe('2026-02-28');
    expect(stepDateTime('2026-01-15', 'date', 'month', -1)).toBe('2025-12-15');
    expect(stepDateTime('2028-02-29', 'date', 'year', 1)).toBe('2029-02-28');
  });

  it('wraps hours and minutes without touching the other part', () => {
    expect(stepDateTime('23:59', 'time', 'minute', 1)).toBe('23:00');
    expect(stepDateTime('23:30', 'time', 'hour', 1)).toBe('00:30');
    expect(stepDateTime('09:30', 'time', 'meridiem', 1)).toBe('21:30');
    expect(stepDateTime('21:30', 'time', 'meridiem', -1)).toBe('09:30');
  });

  it('steps the date or the time of a date and time', () => {
    expect(stepDateTime('2026-03-02T09:30', 'datetime', 'day', 1)).toBe('2026-03-03T09:30');
    expect(stepDateTime('2026-03-02T09:30', 'datetime', 'hour', -1)).toBe('2026-03-02T08:30');
  });

  it('leaves what it cannot read as it is', () => {
    expect(stepDateTime('soon', 'time', 'hour', 1)).toBe('soon');
    expect(stepDateTime('', 'date', 'day', 1)).toBe('');
    expect(stepDateTime('2026-03-02', 'date', 'hour', 1)).toBe('2026-03-02');
  });
});
