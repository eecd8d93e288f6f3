import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// Some page environments (jsdom in unit tests) have no matchMedia; they never print either.
const printQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;

function subscribe(onChange: () => void): () => void {
  const query = printQuery();
  // Printing lays the page out right after beforeprint, so the tables must be in it by then.
  const beforePrint = () => flushSync(onChange);
  query?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', onChange);
  };
}

let printing = false;
function printingNow(): boolean {
  return printing || (printQuery()?.matches ?? false);
}
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true), { capture: true });
  window.addEventListener('afterprint', () => (printing = false), { capture: true });
}

/** True while the page is being printed (or shown as print), when every figure shows its table. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printingNow, () => false);
}
