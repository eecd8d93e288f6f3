import { readFile } from 'node:fs/promises';
import { percentile } from './appMeasurements.mjs';
import { exportImportGoals } from './g5g6.mjs';
import { g4Goals } from './g4.mjs';
import { coachGoals } from './coach.mjs';

/** Which floor each goal is read against, and its target at 50,000 reflections (PERFORMANCE.md). */
const goals = {
  // Read against the least any page can take to draw the same rows from the same journal: a bare
  // script that opens it raw and writes them as text (bench/scriptRows.ts), measured in the same run.
  'G1 first rows painted': {
    floor: 'floor: cold start, rows painted by a bare script',
    target: '< 1.3x the bare-script floor at every size',
  },
  'G2 save p95': { floor: 'floor: raw single put p95', target: '< 15 ms' },
  'G3 search keystroke to results p95': { floor: 'floor: warm index query p95', target: '< 100 ms' },
  'G3 search compute p95': { floor: 'floor: warm index query p95', target: '< 30 ms' },
  'G3 reading the shown hits p95': { floor: null, target: '' },
  'G3 longest task during search': { floor: null, target: '< 50 ms' },
  'G3b search ready': { floor: 'floor: persisted index reload', target: '< 2000 ms, off the main thread' },
  'G3b index load in the worker': { floor: 'floor: persisted index reload', target: '' },
  'G7 JS heap after 5 s idle (MB)': { floor: null, target: '< 150 MB (page and search worker)' },
  'G7 of which the search worker (MB)': { floor: null, target: '' },
  'G8 longest scroll frame': { floor: 'floor: bare virtualizer frame', target: '< 32 ms' },
  ...exportImportGoals,
  ...g4Goals,
  ...coachGoals,
};

export function summarize(sampleSets) {
  const byKey = new Map(sampleSets.map((s) => [`${s.name}@${s.size}`, s]));
  const median = (values) =>
    percentile(
      values.filter((v) => v !== null),
      50,
    );
  const p95 = (values) =>
    percentile(
      values.filter((v) => v !== null),
      95,
    );
  return sampleSets
    .filter((s) => !s.name.startsWith('floor:'))
    .map((s) => {
      const goal = goals[s.name] ?? { floor: null, target: '' };
      const floor = goal.floor ? byKey.get(`${goal.floor}@${s.size}`) : undefined;
      return {
        name: s.name,
        size: s.size,
        runs: s.values.length,
        median_ms: round(median(s.values)),
        p95_ms: round(p95(s.values)),
        floor_name: goal.floor,
        floor_ms: floor ? round(median(floor.values)) : null,
        // The median over the floor's median, so a target such as "under 1.3x the floor" is read off.
        ratio_to_floor: floor ? ratio(median(s.values), median(floor.values)) : null,
        target_at_50k: goal.target,
      };
    })
    .concat(
      sampleSets
        .filter((s) => s.name.startsWith('floor:'))
        .map((s) => ({
          name: s.name,
          size: s.size,
          runs: s.values.length,
          median_ms: round(median(s.values)),
          p95_ms: round(p95(s.values)),
          floor_name: null,
          floor_ms: null,
          ratio_to_floor: null,
          target_at_50k: '',
        })),
    );
}

const ratio = (value, floor) =>
  value === null || floor === null || !(floor > 0) ? null : Math.round((value / floor) * 100) / 100;

const round = (value) =>
  value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10;

export function printTable(results) {
  const header = ['metric', 'size', 'median', 'p95', 'floor', 'floor median', 'x floor', 'target at 50k'];
  const rows = results.map((r) => [
    r.name,
    String(r.size),
    fmt(r.median_ms),
    fmt(r.p95_ms),
    r.floor_name ?? '',
    fmt(r.floor_ms),
    fmt(r.ratio_to_floor),
    r.target_at_50k,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const fmt = (value) => (value === null || value === undefined ? '' : String(value));

/** The rows of a partial run replace the same rows (name and size) of the last results, keeping the rest. */
export async function mergeResults(resultsPath, fresh) {
  const previous = JSON.parse(await readFile(resultsPath, 'utf8').catch(() => '[]'));
  const key = (r) => `${r.name}@${r.size}`;
  const replaced = new Set(fresh.map(key));
  return [...previous.filter((r) => !replaced.has(key(r))), ...fresh];
}
