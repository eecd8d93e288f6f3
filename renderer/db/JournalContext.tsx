import { createContext, useContext, type ReactNode } from 'react';
import type { JournalDatabase } from './JournalDatabase';
import { createPersonRepository, type PersonRepository } from './repositories/personRepository';
import {
  createPreparationRepository,
  type PreparationRepository,
} from './repositories/preparationRepository';
import {
  createPrincipleSettingsRepository,
  type PrincipleSettingsRepository,
} from './repositories/principleSettingsRepository';
import { createReflectionRepository, type ReflectionRepository } from './repositories/reflectionRepository';

export interface Journal {
  db: JournalDatabase;
  reflections: ReflectionRepository;
  people: PersonRepository;
  principleSettings: PrincipleSettingsRepository;
  preparations: PreparationRepository;
}

export function createJournal(db: JournalDatabase, now?: () => Date): Journal {
  const reflections = createReflectionRepository(db, now);
  return {
    db,
    reflections,
    people: createPersonRepository(db, now),
    principleSettings: createPrincipleSettingsRepository(db, now),
    preparations: createPreparationRepository(db, reflections, now),
  };
}

const JournalContext = createContext<Journal | null>(null);

export function JournalProvider({ journal, children }: { journal: Journal; children: ReactNode }) {
  return <JournalContext.Provider value={journal}>{children}</JournalContext.Provider>;
}

/** The repositories; components never query Dexie tables themselves. */
export function useJournal(): Journal {
  const journal = useContext(JournalContext);
  if (!journal) throw new Error('useJournal must be used inside <JournalProvider>.');
  return journal;
}
