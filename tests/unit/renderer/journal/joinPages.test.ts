import { describe, expect, it, vi } from 'vitest';
import { createPerPageDerivation, joinPages } from '../../../../renderer/features/journal/joinPages';

describe('joinPages', () => {
  it('joins pages in order, empty ones included', () => {
    expect(joinPages([[1, 2], [], [3]])).toEqual([1, 2, 3]);
    expect(joinPages([])).toEqual([]);
  });
});

describe('createPerPageDerivation', () => {
  it('derives each page once and joins the results in page order', () => {
    const derive = vi.fn((rows: readonly number[]) => rows.map((n) => n * 10));
    const perPage = createPerPageDerivation(derive);
    const first = [1, 2];
    const second = [3];
    expect(perPage([first])).toEqual([10, 20]);
    expect(perPage([first, second])).toEqual([10, 20, 30]);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('derives a page again once its rows are replaced', () => {
    const derive = vi.fn((rows: readonly number[]) => rows.map((n) => n + 1));
    const perPage = createPerPageDerivation(derive);
    const page = [1];
    perPage([page]);
    expect(perPage([[5], page])).toEqual([6, 2]);
    expect(derive).toHaveBeenCalledTimes(2);
  });
});
