import { afterEach, describe, expect, it } from 'vitest';
import { buildJsonExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import { CLIENT_JOURNAL_ID, dana, openCoachKit, reflectionOn } from './coachTestKit';

let kit: ReturnType<typeof openCoachKit> | null = null;
afterEach(async () => {
  await kit?.dispose();
  kit = null;
});

describe("a coach's client workspace and preparations", () => {
  it('holds the plans from the export, each still linked to its reflection', async () => {
    kit = openCoachKit();
    const reflection = reflectionOn('2026-03-02', 'The launch date');
    const plan = {
      ...createDraftPreparation({ now: new Date('2026-03-01T09:00:00Z'), timeZone: 'Europe/London' }),
      status: 'ready' as const,
      personIds: [dana.id],
      plannedAt: '2026-03-02T09:00',
      goal: 'Agree the launch date',
      reflectionId: reflection.id,
    };
    const file = buildJsonExport(
      {
        people: [dana],
        principleSettings: [],
        reflections: [{ ...reflection, preparationId: plan.id }],
        preparations: [plan],
        reminders: [],
      },
      {
        options: defaultExportOptions,
        appVersion: '0.1.0',
        journalId: CLIENT_JOURNAL_ID,
        exportedAt: '2026-03-05T10:00:00.000Z',
      },
    );
    const outcome = await kit.clients.openExport(file, 'Dana');
    if (outcome.kind !== 'added') throw new Error(`expected a new client, got ${outcome.kind}`);
    const workspace = kit.workspaces.open(outcome.client.dbName);
    expect(await workspace.preparations.toArray()).toEqual([plan]);
    expect((await workspace.reflections.get(reflection.id))?.preparationId).toBe(plan.id);
  });
});
