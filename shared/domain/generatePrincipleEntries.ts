import { fillTemplate, sentences, type TemplateSlots } from './fillTemplate';
import { checkAnswerSentences, principleNoteSentences } from './journalTextVocabulary';
import { checksForPrinciple, negotiationTactics, type PrincipleCheck } from './principleChecks';
import { builtInPrincipleIds } from './principles';
import type { CheckAnswer } from './checkAnswersSchema';
import type { PrincipleEntry } from './reflectionSchema';
import type { SeededRandom } from './seededRandom';

const answerPools: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(checkAnswerSentences));
const collaborativeTactics = negotiationTactics
  .filter((tactic) => !tactic.isManipulative)
  .map(({ id }) => id);
const manipulativeTactics = negotiationTactics.filter((tactic) => tactic.isManipulative).map(({ id }) => id);

const ratingWeights = [
  [1, 4],
  [2, 9],
  [3, 27],
  [4, 38],
  [5, 22],
] as const;

const appliedWeights = [
  [true, 75],
  [false, 15],
  [null, 10],
] as const;

function generateAnswer(
  random: SeededRandom,
  check: PrincipleCheck,
  slots: TemplateSlots,
): CheckAnswer | undefined {
  switch (check.kind) {
    case 'text': {
      const pool = answerPools.get(check.id);
      return pool === undefined ? undefined : fillTemplate(random.pick(pool), slots);
    }
    case 'rating':
      return random.weighted(ratingWeights);
    case 'choice': {
      // The first option is the common, healthy answer ("no" escalation, relationship "better").
      const [first, ...rest] = check.options;
      if (first === undefined) return undefined;
      return random.chance(0.65) || rest.length === 0 ? first.id : random.pick(rest).id;
    }
    case 'multi-choice': {
      const tactics: string[] = random.sample(collaborativeTactics, random.int(1, 3));
      if (random.chance(0.07)) tactics.push(random.pick(manipulativeTactics));
      return tactics;
    }
  }
}

export function generatePrincipleEntries(
  random: SeededRandom,
  isQuick: boolean,
  slots: TemplateSlots,
): Record<string, PrincipleEntry> {
  const entries: Record<string, PrincipleEntry> = {};
  const principleIds = isQuick
    ? random.sample(builtInPrincipleIds, random.int(0, 1))
    : builtInPrincipleIds.filter(() => random.chance(0.5));
  for (const principleId of principleIds) {
    const checks: Record<string, CheckAnswer> = {};
    if (!isQuick) {
      for (const check of checksForPrinciple(principleId)) {
        const answer = random.chance(0.45) ? generateAnswer(random, check, slots) : undefined;
        if (answer !== undefined) checks[check.id] = answer;
      }
    }
    entries[principleId] = {
      applied: random.weighted(appliedWeights),
      rating: random.chance(0.85) ? random.weighted(ratingWeights) : null,
      notes: !isQuick && random.chance(0.35) ? sentences(random, principleNoteSentences, 1, slots) : '',
      checks,
    };
  }
  return entries;
}
