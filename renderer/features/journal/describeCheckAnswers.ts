import type { CheckAnswer, CheckAnswers } from '../../../shared/domain/checkAnswersSchema';
import { findPrincipleCheck, type PrincipleCheck } from '../../../shared/domain/principleChecks';

export interface DescribedAnswer {
  readonly checkId: string;
  readonly question: string;
  readonly answer: string;
}

function optionLabel(check: PrincipleCheck, optionId: string): string {
  if (check.kind !== 'choice' && check.kind !== 'multi-choice') return optionId;
  return check.options.find(({ id }) => id === optionId)?.label ?? optionId;
}

function describeAnswer(check: PrincipleCheck | undefined, answer: CheckAnswer): string {
  if (Array.isArray(answer)) {
    return answer.map((id) => (check ? optionLabel(check, id) : id)).join(', ');
  }
  if (typeof answer === 'number') {
    return check?.kind === 'rating' ? `${answer} of ${check.max}` : String(answer);
  }
  return check ? optionLabel(check, answer) : answer;
}

/**
 * A principle's check answers as question-and-answer text, in the order they were stored.
 * Unanswered checks are left out; a check this version does not know (saved by a newer one)
 * is shown by its id rather than dropped.
 */
export function describeCheckAnswers(checks: CheckAnswers): DescribedAnswer[] {
  return Object.entries(checks).flatMap(([checkId, answer]) => {
    const check = findPrincipleCheck(checkId);
    const text = describeAnswer(check, answer);
    return text.trim() === '' ? [] : [{ checkId, question: check?.label ?? checkId, answer: text }];
  });
}
