import { formatCount } from '../../app/formatCount';
import { REFLECTION_TEXT_LIMIT } from './reflectionTexts';

/** "Save reflection" waits until every text fits; each message names the question. */
export function overLimitErrors(
  over: readonly { path: string; label: string; text: string }[],
): Record<string, string> {
  return Object.fromEntries(
    over.map(({ path, label, text }) => [
      path,
      `Shorten “${label}”: it is ${formatCount(text.length - REFLECTION_TEXT_LIMIT)} characters over the limit of ${formatCount(REFLECTION_TEXT_LIMIT)}.`,
    ]),
  );
}
