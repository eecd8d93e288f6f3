import {
  DAY_MS,
  formatWallClockMs,
  isExistingDate,
  isValidTimeZone,
  MINUTE_MS,
  parseLocalDate,
  toWallClockMs,
  wallClockMsToEpochMs,
} from './localDateTime';
import {
  deliverables,
  firstNames,
  lastNames,
  personNotes,
  projects,
  roles,
  tagPool,
  teams,
} from './journalPeopleVocabulary';
import {
  actualSentences,
  approachSentences,
  askedTemplates,
  contextSentences,
  expectedSentences,
  learnedSentences,
  nextStepSentences,
  whyDifferentSentences,
} from './journalTextVocabulary';
import type { Person } from './personSchema';
import { generatePrincipleEntries } from './generatePrincipleEntries';
import type { Outcome, Relationship } from './reflectionLabels';
import type { CompleteReflection } from './reflectionSchema';
import { createSeededRandom, type SeededRandom } from './seededRandom';
import { fillTemplate, sentences, type TemplateSlots } from './fillTemplate';
import { seededTimeOrderedId } from './timeOrderedId';

export interface GenerateJournalOptions {
  readonly seed: number;
  readonly reflections: number;
  /** Defaults to one person per 150 reflections, between 12 and 400. */
  readonly people?: number;
  /** First and last day of the journal, `YYYY-MM-DD`, both inclusive. */
  readonly startDate: string;
  readonly endDate: string;
  readonly timeZone: string;
}

export interface GeneratedJournal {
  readonly people: Person[];
  readonly reflections: CompleteReflection[];
}

// Reflections fall in working hours (08:00-18:00), where no common zone changes its clocks,
// so wall-clock order and instant order agree and ids sort the same way as occurredAt.
const WORKDAY_START_MINUTE = 8 * 60;
const WORKDAY_MINUTES = 10 * 60;

const relationshipWeights: ReadonlyArray<readonly [Relationship, number]> = [
  ['peer', 35],
  ['other-department', 25],
  ['direct-report', 15],
  ['manager', 10],
  ['external', 10],
  ['other', 5],
];

const outcomeWeights: ReadonlyArray<readonly [Outcome | null, number]> = [
  ['achieved', 40],
  ['partly-achieved', 28],
  ['not-yet', 21],
  ['made-it-worse', 8],
  [null, 3],
];

const peopleCountWeights = [
  [1, 80],
  [2, 15],
  [3, 5],
] as const;

const tagCountWeights = [
  [0, 20],
  [1, 35],
  [2, 30],
  [3, 10],
  [4, 5],
] as const;

function parseDayOrThrow(label: string, value: string): number {
  const parts = parseLocalDate(value);
  if (parts === null || !isExistingDate(parts))
    throw new RangeError(`${label} must be a real date such as 2024-01-31`);
  return toWallClockMs(parts);
}

function generatePeople(random: SeededRandom, count: number, firstInstant: number): Person[] {
  const usedNames = new Set<string>();
  const people: Person[] = [];
  for (let index = 0; index < count; index += 1) {
    let name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    // A handful of retries keeps names mostly distinct without ever looping forever.
    for (let attempt = 0; attempt < 5 && usedNames.has(name); attempt += 1) {
      name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    }
    usedNames.add(name);
    const createdMs = firstInstant - random.int(1, 90) * DAY_MS - random.int(0, DAY_MS - 1);
    const created = new Date(createdMs).toISOString();
    people.push({
      id: seededTimeOrderedId(createdMs, 0, random),
      name,
      role: random.pick(roles),
      team: random.pick(teams),
      relationship: random.weighted(relationshipWeights),
      notes: random.chance(0.3) ? random.pick(personNotes) : '',
      createdAt: created,
      updatedAt: created,
    });
  }
  return people;
}

/** Most reflections involve a few core colleagues; squaring skews picks toward the front of the list. */
function pickPeople(random: SeededRandom, people: readonly Person[]): Person[] {
  const wanted = random.weighted(peopleCountWeights);
  const chosen = new Map<string, Person>();
  for (let attempt = 0; attempt < wanted * 3 && chosen.size < wanted; attempt += 1) {
    const person = people[Math.floor(random.next() ** 2 * people.length)];
    if (person !== undefined) chosen.set(person.id, person);
  }
  return [...chosen.values()];
}

function generateReflection(
  random: SeededRandom,
  people: readonly Person[],
  timeZone: string,
  wallMs: number,
  epochMs: number,
  sequence: number,
): CompleteReflection {
  const involved = pickPeople(random, people);
  const first = involved[0] ?? random.pick(people);
  const slots: TemplateSlots = {
    person: first.name.split(' ')[0] ?? first.name,
    team: first.team,
    project: random.pick(projects),
    deliverable: random.pick(deliverables),
  };
  const isQuick = random.chance(0.15);
  const isLong = !isQuick && random.chance(0.06);
  const outcome = random.weighted(outcomeWeights);
  const createdMs = epochMs + random.int(5 * 60, 3 * 24 * 60 * 60) * 1000;
  const updatedMs = random.chance(0.3) ? createdMs + random.int(1, 20) * DAY_MS : createdMs;
  const hasFollowUp = random.chance(0.45);
  const followUpWallMs = wallMs - (wallMs % DAY_MS) + random.int(2, 21) * DAY_MS + 9 * 60 * MINUTE_MS;
  return {
    id: seededTimeOrderedId(epochMs, sequence, random),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
    occurredAt: formatWallClockMs(wallMs),
    timeZone,
    status: random.chance(0.03) ? 'draft' : 'complete',
    personIds: involved.map(({ id }) => id),
    relationship: random.chance(0.9) ? first.relationship : random.weighted(relationshipWeights),
    asked: fillTemplate(random.pick(askedTemplates), slots),
    context: sentences(
      random,
      contextSentences,
      isLong ? random.int(7, 14) : random.int(isQuick ? 0 : 1, 2),
      slots,
    ),
    approach: isQuick
      ? ''
      : sentences(random, approachSentences, isLong ? random.int(6, 12) : random.int(1, 2), slots),
    outcome,
    expected: isQuick ? '' : sentences(random, expectedSentences, random.int(0, 1), slots),
    actual: isQuick ? '' : sentences(random, actualSentences, random.int(0, 2), slots),
    whyDifferent:
      isQuick || outcome === 'achieved'
        ? ''
        : sentences(random, whyDifferentSentences, random.int(0, 2), slots),
    principles: generatePrincipleEntries(random, isQuick, slots),
    learned: sentences(
      random,
      learnedSentences,
      isLong ? random.int(3, 5) : random.int(isQuick ? 0 : 1, 2),
      slots,
    ),
    nextStep: {
      text: random.chance(0.7) ? sentences(random, nextStepSentences, 1, slots) : '',
      followUpAt: hasFollowUp ? formatWallClockMs(followUpWallMs) : null,
      timeZone,
    },
    tags: random.sample(tagPool, random.weighted(tagCountWeights)),
    starred: random.chance(0.06),
    isPrivate: random.chance(0.04),
    mode: isQuick ? 'quick' : 'guided',
    deletedAt: null,
    revision: 0,
    preparationId: null,
  };
}

/**
 * A realistic journal built only from its options: the same options give the same journal,
 * byte for byte, on any machine. Reflections come oldest first with ids that sort the same way.
 */
export function generateJournal(options: GenerateJournalOptions): GeneratedJournal {
  const { seed, timeZone } = options;
  if (!Number.isInteger(options.reflections) || options.reflections < 0) {
    throw new RangeError('reflections must be a whole number of at least 0');
  }
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const firstDayMs = parseDayOrThrow('startDate', options.startDate);
  const lastDayMs = parseDayOrThrow('endDate', options.endDate);
  if (lastDayMs < firstDayMs) throw new RangeError('endDate must not be before startDate');
  // UUIDv7 timestamps cannot go before 1970, and sample people are created up to 91 days earlier.
  if (firstDayMs < toWallClockMs({ year: 1971, month: 1, day: 1 }))
    throw new RangeError('startDate must be in 1971 or later');
  const personCount = options.people ?? Math.min(400, Math.max(12, Math.round(options.reflections / 150)));
  if (!Number.isInteger(personCount) || personCount < 1)
    throw new RangeError('people must be a whole number of at least 1');

  const random = createSeededRandom(seed);
  const people = generatePeople(random, personCount, wallClockMsToEpochMs(firstDayMs, timeZone));
  const dayCount = (lastDayMs - firstDayMs) / DAY_MS + 1;
  const minutesPerReflection = (dayCount * WORKDAY_MINUTES) / Math.max(1, options.reflections);
  // One offset lookup per day, not per reflection: the offset cannot change within working hours.
  const offsetByDay = new Map<number, number>();
  const reflections: CompleteReflection[] = [];
  let previousEpochMs = Number.NaN;
  let sequence = 0;
  for (let index = 0; index < options.reflections; index += 1) {
    // Stratified jitter keeps the timeline evenly filled and strictly in order.
    const slot = Math.floor((index + random.next() * 0.5) * minutesPerReflection);
    const dayIndex = Math.floor(slot / WORKDAY_MINUTES);
    const dayMs = firstDayMs + dayIndex * DAY_MS;
    const wallMs = dayMs + (WORKDAY_START_MINUTE + (slot % WORKDAY_MINUTES)) * MINUTE_MS;
    let offset = offsetByDay.get(dayIndex);
    if (offset === undefined) {
      const noonMs = dayMs + 12 * 60 * MINUTE_MS;
      offset = noonMs - wallClockMsToEpochMs(noonMs, timeZone);
      offsetByDay.set(dayIndex, offset);
    }
    const epochMs = wallMs - offset;
    // A random start keeps rand_a looking random while same-millisecond ids still count upwards.
    sequence = epochMs === previousEpochMs ? sequence + 1 : random.int(0, 0x7ff);
    previousEpochMs = epochMs;
    reflections.push(generateReflection(random, people, timeZone, wallMs, epochMs, sequence));
  }
  return { people, reflections };
}
