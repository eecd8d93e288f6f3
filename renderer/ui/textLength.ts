import { formatCount } from '../app/formatCount';

/** The counter shows from this share of the limit on: earlier it would only be noise. */
const SHOW_FROM = 0.9;

/**
 * What a text field says about its length: nothing while far from the limit, how much is left
 * near it, and how far over it is, so a long paste is kept and the person decides what to cut.
 */
export function describeTextLength(length: number, limit: number): { text: string; isOver: boolean } | null {
  if (length > limit) {
    const over = length - limit;
    return {
      text: `${formatCount(over)} ${over === 1 ? 'character' : 'characters'} over the limit of ${formatCount(limit)}`,
      isOver: true,
    };
  }
  if (length < limit * SHOW_FROM) return null;
  const left = limit - length;
  return {
    text: `${formatCount(left)} ${left === 1 ? 'character' : 'characters'} left of ${formatCount(limit)}`,
    isOver: false,
  };
}
