import * as z from 'zod';
import { generateJournal } from '/work/main/shared/domain/generateJournal';
import { reflectionDraftSchema } from '/work/main/shared/domain/reflectionSchema';
if (process.env.JITLESS) z.config({ jitless: true });
const n = Number(process.env.N ?? 50000);
const j = generateJournal({ seed: 7, reflections: n, startDate: '2020-01-01', endDate: '2026-12-01', timeZone: 'Europe/Berlin' });
const text = JSON.stringify(j.reflections);
const arr = z.array(reflectionDraftSchema);
for (let round = 0; round < 3; round++) {
  const parsed = JSON.parse(text);
  const t = performance.now();
  const r = arr.safeParse(parsed);
  console.log('round', round, r.success, (performance.now() - t).toFixed(0), 'ms');
}
