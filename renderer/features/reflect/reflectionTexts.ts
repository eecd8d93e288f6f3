import {
  principleEntryLabels,
  reflectionFieldLabels as labels,
} from '../../../shared/domain/reflectionLabels';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { findPrincipleCheck } from '../../../shared/domain/principleChecks';
import type { PrincipleEntry, Reflection } from '../../../shared/domain/reflectionSchema';

export interface WrittenText {
  /** Dotted data path, as validation messages use it. */
  readonly path: string;
  /** The question as the form asks it. */
  readonly label: string;
  readonly text: string;
}

/** Every free-text field of a reflection is long text, with one limit. */
export const REFLECTION_TEXT_LIMIT = textLimits.longText;

const plainTextFields = (
  ['asked', 'context', 'approach', 'expected', 'actual', 'whyDifferent', 'learned'] as const
).map((field) => [field, labels[field]] as const);

function isTextCheck(checkId: string, answer: unknown): answer is string {
  const check = findPrincipleCheck(checkId);
  return typeof answer === 'string' && (check === undefined || check.kind === 'text');
}

/**
 * Every text the person wrote in a reflection, in the order the flow asks for it. With
 * `comparedWith`, only the texts that differ from it: what would be lost by taking that copy.
 */
export function writtenTexts(
  reflection: Reflection,
  principleTitle: (principleId: string) => string,
  comparedWith?: Reflection,
): WrittenText[] {
  const found: WrittenText[] = [];
  const add = (path: string, label: string, text: string, before: unknown) => {
    if (text.trim() !== '' && (comparedWith === undefined || text !== before))
      found.push({ path, label, text });
  };
  for (const [field, label] of plainTextFields) add(field, label, reflection[field], comparedWith?.[field]);
  for (const [principleId, entry] of Object.entries(reflection.principles)) {
    const title = principleTitle(principleId);
    const storedEntry = comparedWith?.principles[principleId];
    for (const [checkId, answer] of Object.entries(entry.checks)) {
      if (!isTextCheck(checkId, answer)) continue;
      const label = `${title}: ${findPrincipleCheck(checkId)?.label ?? checkId}`;
      add(`principles.${principleId}.checks.${checkId}`, label, answer, storedEntry?.checks[checkId]);
    }
    add(
      `principles.${principleId}.notes`,
      `${title}: ${principleEntryLabels.notes}`,
      entry.notes,
      storedEntry?.notes,
    );
  }
  add('nextStep.text', labels.nextStep, reflection.nextStep.text, comparedWith?.nextStep.text);
  return found;
}

/** The texts as one block to paste elsewhere: each under its question. */
export function formatWrittenTexts(texts: readonly WrittenText[]): string {
  return texts.map(({ label, text }) => `${label}\n${text}`).join('\n\n');
}

/** The first `limit` characters, never splitting a character made of two UTF-16 units. */
export function cutToLimit(text: string, limit: number = REFLECTION_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const lastKept = text.charCodeAt(limit - 1);
  const splitsPair = lastKept >= 0xd800 && lastKept <= 0xdbff;
  return text.slice(0, splitsPair ? limit - 1 : limit);
}

function fitEntry(entry: PrincipleEntry): PrincipleEntry {
  const checks = Object.fromEntries(
    Object.entries(entry.checks).map(([checkId, answer]) => [
      checkId,
      isTextCheck(checkId, answer) ? cutToLimit(answer) : answer,
    ]),
  );
  return { ...entry, notes: cutToLimit(entry.notes), checks };
}

/**
 * What of a reflection can be stored as a draft: every text cut to the limit, and which texts
 * were cut. The editor keeps the whole text on screen; only the autosaved copy is cut.
 */
export function fitTextsToLimit(
  reflection: Reflection,
  principleTitle: (principleId: string) => string,
): { fitted: Reflection; over: WrittenText[] } {
  const over = writtenTexts(reflection, principleTitle).filter(
    ({ text }) => text.length > REFLECTION_TEXT_LIMIT,
  );
  if (over.length === 0) return { fitted: reflection, over };
  const fitted: Reflection = {
    ...reflection,
    asked: cutToLimit(reflection.asked),
    context: cutToLimit(reflection.context),
    approach: cutToLimit(reflection.approach),
    expected: cutToLimit(reflection.expected),
    actual: cutToLimit(reflection.actual),
    whyDifferent: cutToLimit(reflection.whyDifferent),
    learned: cutToLimit(reflection.learned),
    nextStep: { ...reflection.nextStep, text: cutToLimit(reflection.nextStep.text) },
    principles: Object.fromEntries(
      Object.entries(reflection.principles).map(([id, entry]) => [id, fitEntry(entry)]),
    ),
  };
  return { fitted, over };
}
