import { useEffect, useState } from 'react';

/** How often "now" moves on, so a plan whose time comes while the page is open moves to "Waiting". */
const TICK_MS = 15_000;

/** The current time, moving on every few seconds, for lists that sort plans by whether their time has come. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
