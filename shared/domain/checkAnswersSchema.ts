import * as z from 'zod';
import { textLimits } from './fieldSchemas';
import { findPrincipleCheck, type PrincipleCheck } from './principleChecks';
import { tooLongMessage, tooManyMessage } from './validationMessages';

const MAX_CHECKS_PER_PRINCIPLE = 50;
const MAX_SELECTIONS = 50;
const CHECK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const answerSchema = z.union(
  [
    z.string().max(textLimits.longText, { error: tooLongMessage('Answer', textLimits.longText) }),
    z
      .array(z.string().max(textLimits.name, { error: tooLongMessage('Selected option', textLimits.name) }))
      .max(MAX_SELECTIONS, { error: tooManyMessage('selected options', MAX_SELECTIONS) }),
    z.number().finite(),
  ],
  { error: 'Answer must be text, a list of options or a number' },
);

export type CheckAnswer = z.output<typeof answerSchema>;

/** Returns what is wrong with an answer for a known check, or null when it fits. */
function answerProblem(check: PrincipleCheck, answer: CheckAnswer): string | null {
  const question = `"${check.label}"`;
  switch (check.kind) {
    case 'text':
      return typeof answer === 'string' ? null : `${question} must be answered with text`;
    case 'rating':
      return typeof answer === 'number' &&
        Number.isInteger(answer) &&
        answer >= check.min &&
        answer <= check.max
        ? null
        : `${question} must be a whole number from ${check.min} to ${check.max}`;
    case 'choice': {
      // An empty string means "not answered yet", which a draft is allowed to say.
      const isKnown =
        typeof answer === 'string' && (answer === '' || check.options.some(({ id }) => id === answer));
      return isKnown
        ? null
        : `${question} must be one of: ${check.options.map(({ label }) => label).join(', ')}`;
    }
    case 'multi-choice': {
      if (!Array.isArray(answer)) return `${question} must be a list of options`;
      const unknown = answer.find((id) => !check.options.some((option) => option.id === id));
      if (unknown !== undefined) return `${question} has an option that does not exist ("${unknown}")`;
      return new Set(answer).size === answer.length ? null : `${question} lists the same option twice`;
    }
  }
}

/**
 * Answers keyed by check id. Known checks must get the kind of answer they ask for;
 * unknown ids are kept so a newer app version's checks survive a round trip through an older one.
 */
export const checkAnswersSchema = z
  .record(
    z
      .string()
      .max(textLimits.id, { error: tooLongMessage('Check id', textLimits.id) })
      .regex(CHECK_ID_PATTERN, { error: 'Check id must be lowercase words joined by hyphens' }),
    answerSchema,
    { error: 'Checks must be an object of answers' },
  )
  .superRefine((answers, ctx) => {
    const entries = Object.entries(answers);
    if (entries.length > MAX_CHECKS_PER_PRINCIPLE) {
      ctx.addIssue({
        code: 'custom',
        message: tooManyMessage('check answers', MAX_CHECKS_PER_PRINCIPLE),
      });
    }
    for (const [checkId, answer] of entries) {
      const check = findPrincipleCheck(checkId);
      const problem = check === undefined ? null : answerProblem(check, answer);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: [checkId] });
    }
  });

export type CheckAnswers = z.output<typeof checkAnswersSchema>;
