import MiniSearch from 'minisearch';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { toSearchDocument, type SearchDocument } from '../../../../shared/search/searchDocument';
import { searchIndexOptions } from '../../../../shared/search/searchOptions';

/** A seeded journal's search documents: the same every run, with a realistic spread of words. */
export function journalDocuments(reflections: number, seed = 7): SearchDocument[] {
  const journal = generateJournal({
    reflections,
    seed,
    startDate: '2024-01-01',
    endDate: '2026-06-30',
    timeZone: 'Europe/Berlin',
  });
  const people = new Map(journal.people.map((person) => [person.id, person]));
  return journal.reflections.map((reflection) => toSearchDocument(reflection, people));
}

export function indexOf(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return index;
}

/** Queries of every kind the search box sends: prefixes as typed, typos, several words, no match. */
export const sampleQueries = [
  'dea',
  'deadl',
  'deadline',
  'dedline',
  'bud',
  'budget',
  'rep',
  'report',
  'priorities',
  'budget deadline',
  'rep lau pri',
  'roadmap q3',
  'xyzzy',
  'to',
];
