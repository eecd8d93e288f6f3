import type { CheckAnswer } from '../../../shared/domain/checkAnswersSchema';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import type { ReflectionMode, Relationship } from '../../../shared/domain/reflectionLabels';
import type { NextStep, PrincipleEntry, Reflection } from '../../../shared/domain/reflectionSchema';
import { fieldErrors, type IssueLike } from '../../../shared/domain/validationMessages';

export type FlowStep =
  | { readonly kind: 'conversation'; readonly title: string }
  | { readonly kind: 'principle'; readonly title: string; readonly principle: ResolvedPrinciple }
  | { readonly kind: 'outcome'; readonly title: string }
  | { readonly kind: 'summary'; readonly title: string };

export function buildSteps(principles: readonly ResolvedPrinciple[]): FlowStep[] {
  return [
    { kind: 'conversation', title: 'The conversation' },
    ...principles.map((principle): FlowStep => ({ kind: 'principle', title: principle.title, principle })),
    { kind: 'outcome', title: 'Outcome and next step' },
    { kind: 'summary', title: 'Review and save' },
  ];
}

/** Reads `?step=N`, counted from 1 as people count, into an index that always exists. */
export function stepIndexFromParam(value: string | null, stepCount: number): number {
  const step = Number(value);
  if (value === null || !Number.isInteger(step) || step < 1) return 0;
  return Math.min(step, stepCount) - 1;
}

const conversationFields = new Set([
  'personIds',
  'relationship',
  'occurredAt',
  'timeZone',
  'asked',
  'context',
  'approach',
]);
const outcomeFields = new Set([
  'outcome',
  'expected',
  'actual',
  'whyDifferent',
  'learned',
  'nextStep',
  'tags',
  'starred',
  'isPrivate',
]);

/** The step that shows the field a validation message is about; anything else lands on the review. */
export function stepIndexForPath(path: string, steps: readonly FlowStep[]): number {
  const [head = '', principleId] = path.split('.');
  const found = steps.findIndex((step) => {
    if (head === 'principles') return step.kind === 'principle' && step.principle.id === principleId;
    if (conversationFields.has(head)) return step.kind === 'conversation';
    if (outcomeFields.has(head)) return step.kind === 'outcome';
    return false;
  });
  return found === -1 ? steps.length - 1 : found;
}

/** The element id of a field, derived from its data path so an error can lead straight to it. */
export function fieldIdFor(path: string): string {
  return `reflect-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Each field's message from the repository's ReflectionValidationError. */
export function errorsByField(error: { readonly issues: readonly IssueLike[] }): Record<string, string> {
  return fieldErrors(error);
}

export const emptyPrincipleEntry: PrincipleEntry = { applied: null, rating: null, notes: '', checks: {} };

export function principleEntryOf(reflection: Reflection, principleId: string): PrincipleEntry {
  return reflection.principles[principleId] ?? emptyPrincipleEntry;
}

function isEmptyEntry(entry: PrincipleEntry): boolean {
  return (
    entry.applied === null &&
    entry.rating === null &&
    entry.notes === '' &&
    Object.keys(entry.checks).length === 0
  );
}

/** The principle a quick note is tagged with: the first one marked as applied. */
export function quickPrincipleOf(reflection: Reflection): string | null {
  const found = Object.entries(reflection.principles).find(([, entry]) => entry.applied === true);
  return found === undefined ? null : found[0];
}

export interface FlowState {
  readonly reflection: Reflection;
  /** Bumped by every change the person makes; autosave writes whenever it moves. */
  readonly revision: number;
  /**
   * Whether the reflection belongs in the journal yet. A new one joins at its first real
   * change, so opening "New reflection" and leaving again leaves no empty draft behind.
   */
  readonly isInJournal: boolean;
  /** Messages from the last refused save, keyed by dotted field path. */
  readonly errors: Readonly<Record<string, string>>;
  /**
   * Bumped when the form is replaced by the stored version (another window changed it): a
   * write still queued from before must not land on top of that version.
   */
  readonly generation: number;
  /**
   * Text still in the tag box, not yet a tag (one too long to add stays there whole). It is not
   * part of the reflection, but "Save reflection" must not move on and leave it behind.
   */
  readonly pendingTagText: string;
}

type PlainFields = Pick<
  Reflection,
  | 'relationship'
  | 'occurredAt'
  | 'asked'
  | 'context'
  | 'approach'
  | 'outcome'
  | 'expected'
  | 'actual'
  | 'whyDifferent'
  | 'learned'
  | 'starred'
  | 'isPrivate'
>;

export type FlowAction =
  | { readonly type: 'set'; readonly patch: Partial<PlainFields> }
  | { readonly type: 'addPerson'; readonly personId: string; readonly relationship?: Relationship | null }
  | { readonly type: 'removePerson'; readonly personId: string }
  | {
      readonly type: 'setPrinciple';
      readonly principleId: string;
      readonly patch: Partial<Pick<PrincipleEntry, 'applied' | 'rating' | 'notes'>>;
    }
  | {
      readonly type: 'setCheck';
      readonly principleId: string;
      readonly checkId: string;
      readonly answer: CheckAnswer;
    }
  | { readonly type: 'setQuickPrinciple'; readonly principleId: string | null }
  | { readonly type: 'setNextStep'; readonly patch: Partial<Pick<NextStep, 'text' | 'followUpAt'>> }
  | { readonly type: 'addTags'; readonly tags: readonly string[] }
  | { readonly type: 'removeTag'; readonly tag: string }
  | { readonly type: 'setPendingTagText'; readonly text: string }
  | { readonly type: 'setMode'; readonly mode: ReflectionMode }
  | { readonly type: 'showErrors'; readonly errors: Readonly<Record<string, string>> }
  | { readonly type: 'replace'; readonly reflection: Reflection }
  | { readonly type: 'restoreUnsaved'; readonly reflection: Reflection };

export function initialFlowState(reflection: Reflection, isInJournal: boolean): FlowState {
  return { reflection, revision: 0, isInJournal, errors: {}, generation: 0, pendingTagText: '' };
}

/** Drops the messages about the fields just edited: the person is dealing with them. */
function withoutErrors(errors: FlowState['errors'], paths: readonly string[]): FlowState['errors'] {
  const kept = Object.entries(errors).filter(
    ([key]) => !paths.some((path) => key === path || key.startsWith(`${path}.`)),
  );
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

function changed(state: FlowState, reflection: Reflection, paths: readonly string[]): FlowState {
  return {
    ...state,
    reflection,
    revision: state.revision + 1,
    isInJournal: true,
    errors: withoutErrors(state.errors, paths),
  };
}

function withEntry(reflection: Reflection, principleId: string, entry: PrincipleEntry): Reflection {
  const principles = { ...reflection.principles, [principleId]: entry };
  if (isEmptyEntry(entry)) delete principles[principleId];
  return { ...reflection, principles };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  const { reflection } = state;
  switch (action.type) {
    case 'set':
      return changed(state, { ...reflection, ...action.patch }, Object.keys(action.patch));
    case 'addPerson': {
      if (reflection.personIds.includes(action.personId)) return state;
      if (reflection.personIds.length >= textLimits.peoplePerReflection) return state;
      // The person's usual relationship is a good first guess, never an overwrite.
      const relationship = reflection.relationship ?? action.relationship ?? null;
      const next = { ...reflection, personIds: [...reflection.personIds, action.personId], relationship };
      return changed(state, next, ['personIds']);
    }
    case 'removePerson':
      return changed(
        state,
        { ...reflection, personIds: reflection.personIds.filter((id) => id !== action.personId) },
        ['personIds'],
      );
    case 'setPrinciple': {
      const entry = { ...principleEntryOf(reflection, action.principleId), ...action.patch };
      const paths = Object.keys(action.patch).map((key) => `principles.${action.principleId}.${key}`);
      return changed(state, withEntry(reflection, action.principleId, entry), paths);
    }
    case 'setCheck': {
      const current = principleEntryOf(reflection, action.principleId);
      const entry = { ...current, checks: { ...current.checks, [action.checkId]: action.answer } };
      const path = `principles.${action.principleId}.checks.${action.checkId}`;
      return changed(state, withEntry(reflection, action.principleId, entry), [path]);
    }
    case 'setQuickPrinciple': {
      let next = reflection;
      const previous = quickPrincipleOf(reflection);
      if (previous !== null && previous !== action.principleId) {
        next = withEntry(next, previous, { ...principleEntryOf(next, previous), applied: null });
      }
      if (action.principleId !== null) {
        next = withEntry(next, action.principleId, {
          ...principleEntryOf(next, action.principleId),
          applied: true,
        });
      }
      return changed(state, next, ['principles']);
    }
    case 'setNextStep':
      return changed(
        state,
        { ...reflection, nextStep: { ...reflection.nextStep, ...action.patch } },
        Object.keys(action.patch).map((key) => `nextStep.${key}`),
      );
    case 'addTags': {
      const tags = [...reflection.tags];
      for (const raw of action.tags) {
        const tag = raw.trim();
        // Never cut: the tag box keeps an over-long tag and says so, so one arriving here is left out whole.
        if (tag.length > textLimits.tag) continue;
        const isDuplicate = tags.some((existing) => existing.toLowerCase() === tag.toLowerCase());
        if (tag !== '' && !isDuplicate && tags.length < textLimits.tagsPerReflection) tags.push(tag);
      }
      return tags.length === reflection.tags.length
        ? state
        : changed(state, { ...reflection, tags }, ['tags']);
    }
    case 'removeTag':
      return changed(state, { ...reflection, tags: reflection.tags.filter((tag) => tag !== action.tag) }, [
        'tags',
      ]);
    case 'setMode': {
      if (reflection.mode === action.mode) return state;
      const next = { ...reflection, mode: action.mode };
      // Switching views is not writing anything: an untouched new reflection stays out of the journal.
      return state.isInJournal ? changed(state, next, []) : { ...state, reflection: next };
    }
    case 'setPendingTagText':
      return action.text === state.pendingTagText
        ? state
        : { ...state, pendingTagText: action.text, errors: withoutErrors(state.errors, ['tags']) };
    case 'showErrors':
      return { ...state, errors: action.errors };
    case 'restoreUnsaved':
      // Words typed before the page went away: a change like any other, so autosave writes them.
      return changed(state, action.reflection, []);
    case 'replace':
      // What is stored is what the form shows now: nothing new to write until the next change.
      return {
        ...state,
        reflection: action.reflection,
        isInJournal: true,
        errors: {},
        generation: state.generation + 1,
      };
  }
}
