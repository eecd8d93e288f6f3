import { findPrincipleCheck } from '../domain/principleChecks';
import { builtInPrinciples } from '../domain/builtInPrinciples';
import {
  reflectionFieldLabels,
  type Outcome,
  type ReflectionStatus,
  type Relationship,
} from '../domain/reflectionLabels';
import type { Reflection } from '../domain/reflectionSchema';

/**
 * Fields the index searches. `body` is every other text field and the tags, joined: each field
 * costs index size and query time, and only the request and the names get their own weight.
 */
export const searchTextFields = ['asked', 'people', 'body'] as const;

/** Facts kept beside each indexed document (see FilterFieldTable), so filters never read the database. */
export interface SearchFilterFields {
  occurredAt: string | null;
  personIds: string[];
  /** Principles marked as applied. */
  principleIds: string[];
  relationship: Relationship | null;
  outcome: Outcome | null;
  /** Lower-cased, so filtering by tag ignores case as the tag schema does. */
  tags: string[];
  starred: boolean;
  status: ReflectionStatus;
  deleted: boolean;
}

export interface SearchDocument extends SearchFilterFields {
  id: string;
  asked: string;
  people: string;
  body: string;
}

/** One piece of a reflection's text with the name the UI shows for it. */
export interface Passage {
  key: string;
  label: string;
  text: string;
  /** Set on a principle's notes: the page shows that principle's current name, which may be the person's own. */
  principleId?: string;
}

export type PeopleById = ReadonlyMap<string, { readonly name: string }>;

const bodyFields = ['context', 'approach', 'expected', 'actual', 'whyDifferent', 'learned'] as const;

const principleTitles: ReadonlyMap<string, string> = new Map(
  builtInPrinciples.map((principle) => [principle.id, principle.title]),
);

/**
 * Every free-text passage except the request itself, in reading order. Only answers to known
 * text checks count: other answers are option ids or numbers, not words anyone typed.
 */
export function reflectionPassages(reflection: Reflection): Passage[] {
  const passages: Passage[] = bodyFields.map((field) => ({
    key: field,
    label: reflectionFieldLabels[field],
    text: reflection[field],
  }));
  for (const [principleId, entry] of Object.entries(reflection.principles)) {
    const title = principleTitles.get(principleId) ?? 'Principle';
    passages.push({
      key: `principle:${principleId}`,
      label: `${title} notes`,
      text: entry.notes,
      principleId,
    });
    for (const [checkId, answer] of Object.entries(entry.checks)) {
      const check = findPrincipleCheck(checkId);
      if (check?.kind === 'text' && typeof answer === 'string') {
        passages.push({ key: `check:${checkId}`, label: check.label, text: answer });
      }
    }
  }
  passages.push({ key: 'nextStep', label: reflectionFieldLabels.nextStep, text: reflection.nextStep.text });
  return passages.filter((passage) => passage.text.trim() !== '');
}

export function personNames(personIds: readonly string[], peopleById: PeopleById): string[] {
  return personIds.flatMap((id) => {
    const person = peopleById.get(id);
    return person === undefined ? [] : [person.name];
  });
}

/** The flat, index-ready shape of a reflection: its words plus the facts filters ask about. */
export function toSearchDocument(reflection: Reflection, peopleById: PeopleById): SearchDocument {
  return {
    id: reflection.id,
    asked: reflection.asked,
    people: personNames(reflection.personIds, peopleById).join('\n'),
    body: [...reflectionPassages(reflection).map((passage) => passage.text), ...reflection.tags].join('\n'),
    occurredAt: reflection.occurredAt,
    personIds: [...reflection.personIds],
    principleIds: Object.entries(reflection.principles)
      .filter(([, entry]) => entry.applied === true)
      .map(([principleId]) => principleId),
    relationship: reflection.relationship,
    outcome: reflection.outcome,
    tags: reflection.tags.map((tag) => tag.toLowerCase()),
    starred: reflection.starred,
    status: reflection.status,
    deleted: reflection.deletedAt !== null,
  };
}
