import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useJournal } from '../../db/JournalContext';
import { isJournalEmpty } from '../../db/repositories/isJournalEmpty';
import { decideAtStart, isWelcomeSettled, opensOnJournal, recordWelcome } from './welcomeState';

export const WELCOME_ROUTE = '/welcome';

/**
 * Decides once per start whether to show the welcome. Until the empty-journal check answers, a
 * start on the journal shows nothing rather than the empty journal for a blink; this wait
 * happens only while nothing is recorded, so at most once for anyone with a journal.
 */
export function WelcomeGate({ children }: { children: ReactNode }) {
  const journal = useJournal();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [start] = useState(() => ({ settled: isWelcomeSettled(), pathname }));
  const [waiting, setWaiting] = useState(() => !start.settled && opensOnJournal(start.pathname));
  const latestPath = useRef(pathname);
  useEffect(() => {
    latestPath.current = pathname;
  }, [pathname]);

  useEffect(() => {
    if (start.settled) return;
    let live = true;
    isJournalEmpty(journal.db).then(
      (journalIsEmpty) => {
        if (!live) return;
        const decision = decideAtStart({
          settled: isWelcomeSettled(),
          opensOnJournal: opensOnJournal(start.pathname),
          journalIsEmpty,
        });
        if (decision === 'record-not-needed') recordWelcome('not-needed');
        // Someone who already went elsewhere meanwhile is not pulled back.
        if (decision === 'show-welcome' && latestPath.current === start.pathname) {
          // Still waiting until the address changes: the page at the start address (at '/', a
          // redirect to the journal) must not render and navigate over the welcome.
          void navigate(WELCOME_ROUTE, { replace: true });
          return;
        }
        setWaiting(false);
      },
      (error: unknown) => {
        // The journal reports its own open errors; the app simply starts without the welcome.
        console.error('Could not tell whether the journal is new', error);
        if (live) setWaiting(false);
      },
    );
    return () => {
      live = false;
    };
  }, [journal, navigate, start]);

  // Any move away from the start address (the welcome, or a link the person chose) ends the wait.
  return waiting && pathname === start.pathname ? null : children;
}
