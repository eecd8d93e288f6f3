/**
 * How the journal compares people's names: "daniel  okafor", "Daniel Okafor" and "Dániel
 * Okafor" are the same name typed differently, so the person picker offers the person already
 * in the journal instead of creating a second one.
 */
export function personMatchKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Whether a name matches what was typed: the same name, or a name with a word starting with it. */
export function nameStartsWith(name: string, typed: string): boolean {
  const key = personMatchKey(name);
  const query = personMatchKey(typed);
  return key.startsWith(query) || key.includes(` ${query}`);
}

/** The first of these people whose name is the typed one, ignoring case, accents and spacing. */
export function findSameName<T extends { readonly name: string }>(
  people: readonly T[],
  typed: string,
): T | undefined {
  const key = personMatchKey(typed);
  if (key === '') return undefined;
  return people.find((person) => personMatchKey(person.name) === key);
}
