import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  periodStartOf,
  periodStarts,
  weekdayOf,
} from '../../../../shared/progress/progressCalendar';
import { granularityFor, resolveRange } from '../../../../shared/progress/progressRange';

describe('progress calendar', () => {
  it('steps over daylight-saving changes one calendar day at a time', () => {
    // Europe moved its clocks on 2026-03-29 and 2026-10-25; the US on 2026-03-08.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-08', -1)).toBe('2026-03-07');
    expect(periodStarts('2026-03-23', '2026-04-05', 'week', 1)).toEqual(['2026-03-23', '2026-03-30']);
  });

  it('finds the start of a week across a year boundary, for Monday and Sunday weeks', () => {
    expect(weekdayOf('2026-01-01')).toBe(4); // a Thursday
    expect(periodStartOf('2026-01-01', 'week', 1)).toBe('2025-12-29');
    expect(periodStartOf('2026-01-01', 'week', 0)).toBe('2025-12-28');
    expect(periodStartOf('2026-01-04', 'week', 0)).toBe('2026-01-04');
    expect(periodStartOf('2026-01-04', 'week', 1)).toBe('2025-12-29');
    expect(periodStarts('2025-12-20', '2026-01-10', 'week', 1)).toEqual([
      '2025-12-15',
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
    ]);
  });

  it('counts months by the calendar, ending short months on their last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(periodStarts('2025-11-20', '2026-02-01', 'month', 1)).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
});

describe('progress ranges', () => {
  it('turns each choice into the days it covers, ending today', () => {
    expect(resolveRange('last-4-weeks', '2026-03-10')).toEqual({ from: '2026-02-11', to: '2026-03-10' });
    expect(resolveRange('3-months', '2026-03-10')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
    expect(resolveRange('12-months', '2026-03-10')).toEqual({ from: '2025-03-11', to: '2026-03-10' });
    expect(resolveRange('all', '2026-03-10')).toEqual({ from: null, to: '2026-03-10' });
    expect(resolveRange('custom', '2026-03-10', { from: '2026-02-01', to: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('draws by week up to six months and by month beyond', () => {
    expect(granularityFor('2025-12-11', '2026-03-10')).toBe('week');
    expect(granularityFor('2025-09-10', '2026-03-10')).toBe('week');
    expect(granularityFor('2025-03-11', '2026-03-10')).toBe('month');
  });
});
