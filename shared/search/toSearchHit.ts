import type { PreparationStatus } from '../domain/preparationLabels';
import type { Outcome, ReflectionStatus } from '../domain/reflectionLabels';
import type { Reflection } from '../domain/reflectionSchema';
import {
  countMatchingWords,
  highlightSegments,
  snippetSegments,
  TermMatcher,
  type HighlightSegment,
} from './highlightSegments';
import { personNames, reflectionPassages, type Passage, type PeopleById } from './searchDocument';

/** What a result row shows; computed next to the index so the page only renders. */
export interface SearchHit {
  id: string;
  /** A reflection, or a plan made before a conversation (preparationSearch.ts): the row says which. */
  kind: 'reflection' | 'preparation';
  /** For a plan: the reflection that looked back on it, whose entry page shows the plan too. */
  reflectionId?: string | null;
  /** When it happened, or for a plan when it is planned. */
  occurredAt: string | null;
  outcome: Outcome | null;
  starred: boolean;
  status: ReflectionStatus | PreparationStatus;
  /** The request, or a plan's goal. */
  asked: HighlightSegment[];
  people: HighlightSegment[][];
  /** The passage with the most matching words, or null when only the request or names matched. */
  passage: { label: string; segments: HighlightSegment[]; principleId?: string } | null;
}

const ASKED_SNIPPET_LENGTH = 220;

export function bestPassage(
  reflection: Reflection,
  terms: readonly string[] | TermMatcher,
): SearchHit['passage'] {
  const matcher = terms instanceof TermMatcher ? terms : new TermMatcher(terms);
  if (matcher.isEmpty) return null;
  const candidates = reflectionPassages(reflection);
  if (reflection.tags.length > 0) {
    candidates.push({ key: 'tags', label: 'Tags', text: reflection.tags.join(', ') });
  }
  let best: { passage: Passage; score: number } | null = null;
  for (const passage of candidates) {
    const score = countMatchingWords(passage.text, matcher);
    if (score > 0 && (best === null || score > best.score)) best = { passage, score };
  }
  if (best === null) return null;
  const { label, text, principleId } = best.passage;
  return {
    label,
    segments: snippetSegments(text, matcher),
    ...(principleId === undefined ? {} : { principleId }),
  };
}

export function toSearchHit(
  reflection: Reflection,
  peopleById: PeopleById,
  terms: readonly string[],
): SearchHit {
  // One matcher for the whole hit: its per-word cache pays off across the passages.
  const matcher = new TermMatcher(terms);
  return {
    id: reflection.id,
    kind: 'reflection',
    occurredAt: reflection.occurredAt,
    outcome: reflection.outcome,
    starred: reflection.starred,
    status: reflection.status,
    asked: snippetSegments(reflection.asked, matcher, ASKED_SNIPPET_LENGTH),
    people: personNames(reflection.personIds, peopleById).map((name) => highlightSegments(name, matcher)),
    passage: bestPassage(reflection, matcher),
  };
}
