import type { SeededRandom } from './seededRandom';

export type TemplateSlots = Readonly<Record<string, string>>;

// Split once per template: the generator fills hundreds of thousands, and regex replace dominated its profile.
const splitTemplates = new Map<string, readonly string[]>();

/** Replaces `{name}` placeholders; unknown names are left visible so a typo in a template shows. */
export function fillTemplate(template: string, slots: TemplateSlots): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    splitTemplates.set(template, parts);
  }
  let result = '';
  // split() with a capture group alternates literal text (even indexes) and placeholder names (odd).
  parts.forEach((part, index) => {
    result += index % 2 === 0 ? part : (slots[part] ?? `{${part}}`);
  });
  return result;
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
