import MiniSearch from 'minisearch';
import { preparationFieldLabels } from '../domain/preparationLabels';
import type { Preparation } from '../domain/preparationSchema';
import { builtInPrinciples } from '../domain/principles';
import { highlightSegments, snippetSegments, TermMatcher, countMatchingWords } from './highlightSegments';
import {
  personNames,
  type Passage,
  type PeopleById,
  type SearchDocument,
  type SearchFilterFields,
} from './searchDocument';
import { matchesFilters, type SearchFilters } from './searchFilters';
import { searchIndexOptions } from './searchOptions';
import type { SearchHit } from './toSearchHit';

/**
 * Preparations are searched beside reflections but kept in an index of their own, rebuilt from
 * the table whenever it changes. A journal holds tens or hundreds of plans against up to 50,000
 * reflections, so rebuilding costs a few milliseconds, while putting them in the saved reflection
 * index would tie its format and its change queue to a second kind of record.
 */

const GOAL_SNIPPET_LENGTH = 220;

const principleTitles: ReadonlyMap<string, string> = new Map(
  builtInPrinciples.map((principle) => [principle.id, principle.title]),
);

/** A plan's text beyond its goal, in the order the form asks it. */
export function preparationPassages(preparation: Preparation): Passage[] {
  const passages: Passage[] = Object.entries(preparation.principles).map(([principleId, { notes }]) => ({
    key: `principle:${principleId}`,
    label: `${principleTitles.get(principleId) ?? 'Principle'} plan`,
    text: notes,
    principleId,
  }));
  passages.push(
    { key: 'objections', label: preparationFieldLabels.objections, text: preparation.objections },
    { key: 'opening', label: preparationFieldLabels.opening, text: preparation.opening },
  );
  return passages.filter((passage) => passage.text.trim() !== '');
}

/**
 * The facts search filters ask about, as a plan can answer them: its people, the day it is
 * planned for, the principles it plans for. It has no outcome, relationship, tags or star, so
 * a filter on any of those leaves every plan out.
 */
export function preparationFilterFields(preparation: Preparation): SearchFilterFields {
  return {
    occurredAt: preparation.plannedAt,
    personIds: [...preparation.personIds],
    principleIds: Object.entries(preparation.principles)
      .filter(([, { notes }]) => notes.trim() !== '')
      .map(([principleId]) => principleId),
    relationship: null,
    outcome: null,
    tags: [],
    starred: false,
    status: preparation.status === 'ready' ? 'complete' : 'draft',
    deleted: preparation.deletedAt !== null,
  };
}

/** The same fields as a reflection's document: the goal weighs as the request does, and the people. */
export function toPreparationSearchDocument(
  preparation: Preparation,
  peopleById: PeopleById,
): SearchDocument {
  return {
    ...preparationFilterFields(preparation),
    id: preparation.id,
    asked: preparation.goal,
    people: personNames(preparation.personIds, peopleById).join('\n'),
    body: preparationPassages(preparation)
      .map((passage) => passage.text)
      .join('\n'),
  };
}

/** What a result row shows for a plan; `kind` tells the page to call it a preparation and link to it. */
export function toPreparationSearchHit(
  preparation: Preparation,
  peopleById: PeopleById,
  terms: readonly string[],
): SearchHit {
  const matcher = new TermMatcher(terms);
  let best: { passage: Passage; score: number } | null = null;
  if (!matcher.isEmpty) {
    for (const passage of preparationPassages(preparation)) {
      const score = countMatchingWords(passage.text, matcher);
      if (score > 0 && (best === null || score > best.score)) best = { passage, score };
    }
  }
  return {
    id: preparation.id,
    kind: 'preparation',
    reflectionId: preparation.reflectionId,
    occurredAt: preparation.plannedAt,
    outcome: null,
    starred: false,
    status: preparation.status,
    asked: snippetSegments(preparation.goal, matcher, GOAL_SNIPPET_LENGTH),
    people: personNames(preparation.personIds, peopleById).map((name) => highlightSegments(name, matcher)),
    passage:
      best === null
        ? null
        : {
            label: best.passage.label,
            segments: snippetSegments(best.passage.text, matcher),
            ...(best.passage.principleId === undefined ? {} : { principleId: best.passage.principleId }),
          },
  };
}

export interface PreparationMatch {
  readonly id: string;
  /** The index's BM25+ score; 0 when only filters were asked. */
  readonly score: number;
  readonly plannedAt: string | null;
  /** Index terms the query words matched, for highlighting. */
  readonly terms: readonly string[];
}

/** What changes a plan's document: its own revision and Trash state, and the names of its people. */
function signatureOf(preparations: readonly Preparation[], peopleById: PeopleById): string {
  const parts = preparations.map(
    ({ id, revision, deletedAt, personIds }) =>
      `${id}:${revision}:${deletedAt ?? ''}:${personIds.map((personId) => peopleById.get(personId)?.name ?? '').join('\u0001')}`,
  );
  return parts.sort().join('\n');
}

/** The in-memory index of one journal's plans outside the Trash. */
export class PreparationSearch {
  private index = new MiniSearch<SearchDocument>(searchIndexOptions);
  private facts = new Map<string, SearchFilterFields>();
  private signature = '';

  get size(): number {
    return this.facts.size;
  }

  /** Rebuilds from every stored plan when any changed; returns whether it did. */
  replaceAll(preparations: readonly Preparation[], peopleById: PeopleById): boolean {
    const signature = signatureOf(preparations, peopleById);
    if (signature === this.signature) return false;
    const index = new MiniSearch<SearchDocument>(searchIndexOptions);
    const facts = new Map<string, SearchFilterFields>();
    for (const preparation of preparations) {
      if (preparation.deletedAt !== null) continue;
      const document = toPreparationSearchDocument(preparation, peopleById);
      index.add(document);
      facts.set(document.id, preparationFilterFields(preparation));
    }
    this.index = index;
    this.facts = facts;
    this.signature = signature;
    return true;
  }

  /** Every plan matching all the words (or, with none, every plan the filters leave), best first. */
  search(terms: readonly string[], filters: SearchFilters): PreparationMatch[] {
    const accepts = (id: string) => {
      const fields = this.facts.get(id);
      return fields !== undefined && matchesFilters(fields, filters);
    };
    const plannedAtOf = (id: string) => this.facts.get(id)?.occurredAt ?? null;
    if (terms.length === 0) {
      return [...this.facts.keys()]
        .filter(accepts)
        .map((id) => ({ id, score: 0, plannedAt: plannedAtOf(id), terms: [] }));
    }
    return this.index
      .search(terms.join(' '), { filter: (result) => accepts(String(result.id)) })
      .map((result) => ({
        id: String(result.id),
        score: result.score,
        plannedAt: plannedAtOf(String(result.id)),
        terms: result.terms,
      }));
  }
}
