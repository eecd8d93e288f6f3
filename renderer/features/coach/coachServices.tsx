import { createContext, useContext, type ReactNode } from 'react';
import {
  createCoachClientRepository,
  type CoachClientRepository,
} from '../../db/coach/coachClientRepository';
import { CoachDatabase } from '../../db/coach/coachDatabase';
import { createCoachNotesRepository, type CoachNotesRepository } from '../../db/coach/coachNotesRepository';
import { createJournal, type Journal } from '../../db/JournalContext';
import { JournalDatabase } from '../../db/JournalDatabase';
import { getSearchClientFor, releaseSearchClientFor, type SearchClient } from '../search/searchClient';

/** What the coach pages use: the coach's own records and one journal per client workspace. */
export interface CoachServices {
  readonly clients: CoachClientRepository;
  readonly notes: CoachNotesRepository;
  /** The client's journal, one connection per workspace for the page's lifetime. */
  journalFor(dbName: string): Journal;
  /** Closes the workspace's connections (the page's and its search worker's). */
  release(dbName: string): void;
  /** The workspace's search; the previous workspace's worker stops, so switching clients keeps one running. */
  searchFor(dbName: string): SearchClient;
}

/**
 * One connection per workspace, kept while the page lives so switching between clients does not
 * reopen them; released before a workspace is replaced or deleted, so nothing holds it open.
 */
export function createCoachServices(coach: CoachDatabase = new CoachDatabase()): CoachServices {
  const journals = new Map<string, Journal>();
  const journalFor = (dbName: string): Journal => {
    let journal = journals.get(dbName);
    if (journal === undefined) {
      journal = createJournal(new JournalDatabase(dbName));
      journals.set(dbName, journal);
    }
    return journal;
  };
  const release = (dbName: string) => {
    releaseSearchClientFor(dbName);
    journals.get(dbName)?.db.close();
    journals.delete(dbName);
  };
  const workspaces = { open: (dbName: string) => journalFor(dbName).db, release };
  let searching: string | null = null;
  return {
    clients: createCoachClientRepository(coach, workspaces),
    notes: createCoachNotesRepository(coach),
    journalFor,
    release,
    searchFor(dbName) {
      if (searching !== null && searching !== dbName) releaseSearchClientFor(searching);
      searching = dbName;
      return getSearchClientFor(dbName);
    },
  };
}

let shared: CoachServices | null = null;

const CoachContext = createContext<CoachServices | null>(null);

/** Tests hand the coach pages their own services; the app makes one set on first use. */
export function CoachServicesProvider({
  services,
  children,
}: {
  services: CoachServices;
  children: ReactNode;
}) {
  return <CoachContext.Provider value={services}>{children}</CoachContext.Provider>;
}

export function useCoach(): CoachServices {
  const provided = useContext(CoachContext);
  if (provided !== null) return provided;
  shared ??= createCoachServices();
  return shared;
}
