/**
 * "12,345": a whole count with thousands separated, as en-GB writes it. Not toLocaleString: the
 * first Intl formatter of a session loads locale data, and the journal's count renders with
 * its first rows.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
