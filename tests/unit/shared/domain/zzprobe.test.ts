import { it } from 'vitest';
import { generateJournal, reflectionCompleteSchema, personSchema, fieldErrors } from '/work/main/shared/domain';
it('probe', () => {
  let t = performance.now();
  const j = generateJournal({ seed: 42, reflections: 50000, startDate: '2021-01-01', endDate: '2025-12-31', timeZone: 'Europe/London' });
  console.log('gen ms', performance.now() - t);
  const sizes = j.reflections.map((r) => JSON.stringify(r).length);
  console.log('avg', sizes.reduce((a, b) => a + b, 0) / sizes.length, 'max', Math.max(...sizes), 'min', Math.min(...sizes));
  t = performance.now();
  let bad = 0;
  for (const r of j.reflections) { const res = reflectionCompleteSchema.safeParse(r); if (!res.success) { if (bad++ < 3) console.log(fieldErrors(res.error)); } }
  for (const p of j.people) { const res = personSchema.safeParse(p); if (!res.success) { if (bad++ < 6) console.log(fieldErrors(res.error)); } }
  console.log('validate ms', performance.now() - t, 'bad', bad, 'people', j.people.length);
  console.log(JSON.stringify(j.reflections[123], null, 1));
  const ids = j.reflections.map(r => r.id); const sorted = [...ids].sort(); console.log('sorted', ids.every((x, i) => x === sorted[i]));
  console.log('long share', sizes.filter(s => s > 2000).length / sizes.length);
});
