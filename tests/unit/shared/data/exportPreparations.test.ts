import { strFromU8, strToU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { planImport } from '../../../../shared/data/planImport';
import { pseudonymise } from '../../../../shared/data/pseudonymise';
import { readImportFile } from '../../../../shared/data/readImportFile';
import { selectForExport } from '../../../../shared/data/selectForExport';
import { toCsv } from '../../../../shared/data/toCsv';
import { toMarkdown, toMarkdownZip } from '../../../../shared/data/toMarkdown';
import { builtInPrinciples, resolvePrinciples } from '../../../../shared/domain/principles';
import { JOURNAL_ID, NOW, emptySnapshot, person, personIds, preparation, reflection } from './exportFixtures';

const tom = person(personIds.tom, 'Tom Baker');
const ana = person(personIds.ana, 'Ana Ruiz');
const tess = person(personIds.tess, 'Tess Bell');

const outcome = reflection(1, {
  status: 'complete',
  occurredAt: '2026-03-14T10:00',
  personIds: [personIds.tom],
  asked: 'Two more days for the review',
  outcome: 'partly-achieved',
  actual: 'Tom agreed to one day.',
});
const plan = preparation(1, {
  status: 'ready',
  plannedAt: '2026-03-14T09:30',
  personIds: [personIds.tom],
  goal: 'Get Tom to give us two more days',
  principles: { 'sphere-of-influence': { notes: 'Tom wants the launch to hold too' } },
  objections: 'Tom will say the date is fixed; I answer with the test results.',
  opening: '=Start with the shared goal',
  reflectionId: outcome.id,
});
const linkedOutcome = { ...outcome, preparationId: plan.id };
const waiting = preparation(2, {
  status: 'ready',
  plannedAt: '2026-03-20T15:00',
  personIds: [personIds.ana],
  goal: 'Agree who owns the rollout with Ana',
});

function journal(overrides: Partial<JournalSnapshot> = {}): JournalSnapshot {
  return emptySnapshot({
    people: [tom, ana, tess],
    reflections: [linkedOutcome],
    preparations: [plan, waiting],
    ...overrides,
  });
}

const everything: ExportOptions = { ...defaultExportOptions, includePrivate: true };
const context = (options: ExportOptions) => ({
  options,
  appVersion: '0.1.0',
  journalId: JOURNAL_ID,
  exportedAt: NOW.toISOString(),
});

const emptyJournal = {
  reflections: new Map(),
  preparations: new Map(),
  people: new Map(),
  peopleByNameKey: new Map(),
};

async function readBack(text: string) {
  const reading = await readImportFile(strToU8(text), 'journal.json');
  if (reading.kind !== 'journal') throw new Error(`expected a journal export, got ${reading.kind}`);
  return reading.export;
}

async function refusal(file: unknown): Promise<string> {
  try {
    await readImportFile(strToU8(JSON.stringify(file)), 'journal.json');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('JSON export and import with preparations', () => {
  it('export then import into an empty journal gives back the plans and both ends of the link', async () => {
    const original = journal();
    const file = await readBack(serializeJournalExport(buildJsonExport(original, context(everything))));
    const plan = planImport(file, emptyJournal);
    expect(plan.preparations.new).toEqual(original.preparations);
    expect(plan.reflections.new).toEqual(original.reflections);
    expect(plan.reflections.new[0]?.preparationId).toBe(plan.preparations.new[0]?.id);
    expect(plan.preparations.new[0]?.reflectionId).toBe(plan.reflections.new[0]?.id);
  });

  it('plans a second import of the same file as nothing to do, and a newer plan as an update', async () => {
    const file = await readBack(serializeJournalExport(buildJsonExport(journal(), context(everything))));
    const existing = {
      ...emptyJournal,
      preparations: new Map([
        [plan.id, { updatedAt: plan.updatedAt, revision: plan.revision }],
        [waiting.id, { updatedAt: '2026-03-01T00:00:00.000Z', revision: 0 }],
      ]),
    };
    const again = planImport(file, existing);
    expect(again.preparations.unchanged).toBe(1);
    expect(again.preparations.updated.map(({ id }) => id)).toEqual([waiting.id]);
    expect(again.preparations.new).toEqual([]);
  });

  it('maps a plan’s person to the journal’s person with the same name', async () => {
    const file = await readBack(serializeJournalExport(buildJsonExport(journal(), context(everything))));
    const sameTom = { id: '019ce0a2-5d40-7a1b-8c3d-0000000000ff' };
    const planned = planImport(file, { ...emptyJournal, peopleByNameKey: new Map([['tom baker', sameTom]]) });
    expect(planned.preparations.new[0]?.personIds).toEqual([sameTom.id]);
  });

  it('reads a version 1 file, made before plans, with no preparations and unlinked reflections', async () => {
    const v1 = JSON.parse(serializeJournalExport(buildJsonExport(journal(), context(everything)))) as Record<
      string,
      unknown
    >;
    const { preparations: _left, ...rest } = v1;
    const reflections = (rest['reflections'] as Record<string, unknown>[]).map(
      ({ preparationId: _id, ...reflection }) => reflection,
    );
    const file = await readBack(JSON.stringify({ ...rest, version: 1, reflections }));
    expect(file.version).toBe(2);
    expect(file.preparations).toEqual([]);
    expect(file.reflections[0]?.preparationId).toBeNull();
  });

  it('names the preparation and the field that is wrong', async () => {
    const good = JSON.parse(serializeJournalExport(buildJsonExport(journal(), context(everything)))) as {
      preparations: Record<string, unknown>[];
    };
    const broken = structuredClone(good);
    broken.preparations[1] = { ...broken.preparations[1], goal: 42 };
    expect(await refusal(broken)).toBe(
      `This file cannot be imported. Preparation 2 (id ${waiting.id}), field “What do you want from it?”: “What do you want from it?” must be text.`,
    );
    const badPlan = structuredClone(good);
    badPlan.preparations[0] = {
      ...badPlan.preparations[0],
      principles: { 'sphere-of-influence': { notes: 7 } },
    };
    expect(await refusal(badPlan)).toMatch(
      /^This file cannot be imported\. Preparation 1 \(id [^)]+\), field “My plan \(principle “sphere-of-influence”\)”:/,
    );
  });

  it('refuses a plan marked ready without what the form requires, and one naming a person not in the file', async () => {
    const good = JSON.parse(serializeJournalExport(buildJsonExport(journal(), context(everything)))) as {
      preparations: Record<string, unknown>[];
      people: unknown[];
    };
    const unready = structuredClone(good);
    unready.preparations[1] = { ...unready.preparations[1], goal: '  ' };
    expect(await refusal(unready)).toBe(
      `This file cannot be imported. Preparation 2 (id ${waiting.id}), field “What do you want from it?”: “What do you want from it?” is required.`,
    );
    const stranger = structuredClone(good);
    stranger.preparations[1] = { ...stranger.preparations[1], personIds: [personIds.zoe] };
    expect(await refusal(stranger)).toMatch(
      /^This file cannot be imported\. Preparation 2 \(id [^)]+\), field “Who is it with\? \(item 1\)”: People lists a person who is not in the file/,
    );
  });
});

describe('which preparations an export holds', () => {
  const ids = (snapshot: JournalSnapshot) => snapshot.preparations.map(({ id }) => id);

  it('keeps every plan outside the Trash when nothing is filtered, and the people they name', () => {
    const trashed = preparation(3, { personIds: [personIds.tess], deletedAt: NOW.toISOString() });
    const onlyPlans = emptySnapshot({ people: [tom, ana, tess], preparations: [waiting, trashed] });
    const chosen = selectForExport(onlyPlans, { ...everything, personIds: [personIds.ana] });
    expect(ids(chosen)).toEqual([waiting.id]);
    // Ana is named only by a plan: without her the file would not stand on its own.
    expect(chosen.people.map(({ id }) => id)).toEqual([personIds.ana]);
    expect(ids(selectForExport(onlyPlans, everything))).toEqual([waiting.id]);
  });

  it('chooses by the day a plan is planned for, leaving out plans with no time when a period is set', () => {
    const undated = preparation(4, { personIds: [personIds.tom] });
    const snapshot = journal({ preparations: [plan, waiting, undated] });
    expect(ids(selectForExport(snapshot, { ...everything, from: '2026-03-15', to: null }))).toEqual([
      waiting.id,
    ]);
    expect(ids(selectForExport(snapshot, { ...everything, from: null, to: '2026-03-14' }))).toEqual([
      plan.id,
    ]);
  });

  it('leaves a plan out with its private reflection, and keeps only plans of the chosen reflections under a tag', () => {
    const secret = { ...linkedOutcome, isPrivate: true, tags: ['launch'] };
    expect(ids(selectForExport(journal({ reflections: [secret] }), defaultExportOptions))).toEqual([
      waiting.id,
    ]);
    const tagged = journal({ reflections: [{ ...linkedOutcome, tags: ['launch'] }] });
    expect(ids(selectForExport(tagged, { ...everything, tags: ['launch'] }))).toEqual([plan.id]);
  });
});

describe('pseudonymising preparations', () => {
  it('replaces names typed in the goal, the principle plans, the objections and the opening', () => {
    const named = preparation(5, {
      personIds: [personIds.tom],
      goal: 'Ask Tom Baker for the budget',
      principles: { 'build-partnerships': { notes: "Tom's team and Ana's team work together" } },
      objections: 'Tess will object',
      opening: 'Thanks, Tom',
    });
    const [hidden] = pseudonymise(
      emptySnapshot({ people: [tom, ana, tess], preparations: [named] }),
      'initials',
    ).preparations;
    expect(hidden).toMatchObject({
      goal: 'Ask T.B. for the budget',
      principles: { 'build-partnerships': { notes: "T.B.'s team and A.R.'s team work together" } },
      objections: 'T.B.2 will object',
      opening: 'Thanks, T.B.',
    });
  });

  it('leaves no real name anywhere in a JSON export with labels', () => {
    const text = serializeJournalExport(
      buildJsonExport(journal(), context({ ...everything, names: 'labels' })),
    );
    for (const name of ['Tom', 'Baker', 'Ana', 'Ruiz']) expect(text).not.toContain(name);
    expect(text).toContain('Get Person A to give us two more days');
  });
});

const principles = resolvePrinciples(builtInPrinciples, []);

describe('preparations in CSV and Markdown', () => {
  it('puts the plan on its reflection’s row and gives a plan not reflected on a row of its own', () => {
    const csv = toCsv(journal(), principles);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Type: 'Reflection',
      'What actually happened?': 'Tom agreed to one day.',
      'Plan: Status': 'Ready',
      'Plan: When is it?': '2026-03-14 09:30',
      'Plan: What do you want from it?': 'Get Tom to give us two more days',
      'Plan: Sphere of influence': 'Tom wants the launch to hold too',
      'Plan: How will I open?': "'=Start with the shared goal",
    });
    expect(rows[1]).toMatchObject({
      Type: 'Preparation',
      'When did it happen?': '',
      'Who was it with?': 'Ana Ruiz',
      'Time zone': 'Europe/Paris',
      'Plan: What do you want from it?': 'Agree who owns the rollout with Ana',
    });
  });

  it('writes the plan under its reflection and the others under their own heading', () => {
    const markdown = toMarkdown(journal(), principles);
    expect(markdown).toContain('1 reflection, 2 preparations.');
    const planAt = markdown.indexOf('### Plan: 2026-03-14 09:30 (Europe/Paris) · Tom Baker');
    expect(planAt).toBeGreaterThan(markdown.indexOf('Tom agreed to one day.'));
    expect(markdown).toContain('#### What do you want from it?\n\nGet Tom to give us two more days');
    expect(markdown).toContain('#### Sphere of influence\n\nTom wants the launch to hold too');
    expect(markdown).toContain('## Preparations not reflected on yet\n\n### Plan: 2026-03-20 15:00');
    // A line the person wrote is never read as Markdown structure.
    expect(markdown).toContain('\\=Start with the shared goal');
  });

  it('gives a plan not reflected on its own file in the zip, next to the reflections', () => {
    const files = unzipSync(toMarkdownZip(journal(), []));
    expect(Object.keys(files).sort()).toEqual([
      '2026-03-14-1000-tom-baker.md',
      '2026-03-20-1500-ana-ruiz-plan.md',
    ]);
    expect(strFromU8(files['2026-03-14-1000-tom-baker.md'] ?? new Uint8Array())).toContain(
      '## Plan: 2026-03-14 09:30',
    );
  });
});
