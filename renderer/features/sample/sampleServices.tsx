import { createContext, useContext, type ReactNode } from 'react';
import type { GeneratedJournal } from '../../../shared/domain/generateJournal';
import { deviceTimeZone } from '../../../shared/domain/localDateTime';
import type { Journal } from '../../db/JournalContext';
import {
  deleteSampleJournal,
  fillSampleJournal,
  openSampleJournal,
  SAMPLE_DATABASE_NAME,
} from '../../db/sample/sampleJournal';
import { getSearchClientFor, releaseSearchClientFor, type SearchClient } from '../search/searchClient';
import { sampleJournalContents } from './sampleContents';

/** The sample journal's one connection and search, opened on first use and closed before removal. */
export interface SampleServices {
  journal(): Journal;
  search(): SearchClient;
  /** Writes the seeded sample when the database is empty (a first open, or after a removal). */
  prepare(): Promise<'filled' | 'already-there'>;
  /** Closes every connection this page holds to the sample, then deletes its database. */
  remove(): Promise<void>;
}

export function createSampleServices(
  options: {
    readonly name?: string;
    readonly contents?: () => GeneratedJournal;
    readonly searchFor?: (name: string) => SearchClient;
    readonly releaseSearch?: (name: string) => void;
  } = {},
): SampleServices {
  const name = options.name ?? SAMPLE_DATABASE_NAME;
  const contents = options.contents ?? (() => sampleJournalContents(Date.now(), deviceTimeZone()));
  const searchFor = options.searchFor ?? getSearchClientFor;
  const releaseSearch = options.releaseSearch ?? releaseSearchClientFor;
  let current: Journal | null = null;
  const journal = () => (current ??= openSampleJournal(name));
  return {
    journal,
    search: () => searchFor(name),
    prepare: () => fillSampleJournal(journal(), contents),
    async remove() {
      releaseSearch(name);
      current?.db.close();
      current = null;
      await deleteSampleJournal(name);
    },
  };
}

let shared: SampleServices | null = null;
const SampleContext = createContext<SampleServices | null>(null);

/** Tests hand the sample pages their own services; the app makes one set on first use. */
export function SampleServicesProvider({
  services,
  children,
}: {
  services: SampleServices;
  children: ReactNode;
}) {
  return <SampleContext.Provider value={services}>{children}</SampleContext.Provider>;
}

export function useSampleServices(): SampleServices {
  const provided = useContext(SampleContext);
  if (provided !== null) return provided;
  shared ??= createSampleServices();
  return shared;
}
