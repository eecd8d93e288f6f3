import type { SeededRandom } from './seededRandom';

export type TemplateSlots = Readonly<Record<string, string>>;

/** Replaces `{name}` placeholders; unknown names are left visible so a typo in a template shows. */
export function fillTemplate(template: string, slots: TemplateSlots): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => slots[name] ?? placeholder);
}

/** `count` sentences drawn from the pool (repeats allowed once the pool runs out), joined into a paragraph. */
export function sentences(
  random: SeededRandom,
  pool: readonly string[],
  count: number,
  slots: TemplateSlots,
): string {
  const drawn = random.sample(pool, count);
  while (drawn.length < count) drawn.push(random.pick(pool));
  return drawn.map((sentence) => fillTemplate(sentence, slots)).join(' ');
}
