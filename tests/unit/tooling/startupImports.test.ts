import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the journal's first rows wait for: every module renderer/main.tsx imports statically (a
// dynamic import() is a separate chunk that loads later). Each module here is fetched, compiled
// and run before the first rows; see docs/benchmarks.md, "G1: first rows at start-up (twelfth session)".
const root = join(__dirname, '../../..');
const entry = join(root, 'renderer/main.tsx');
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    const parts = specifier.split('/');
    return `package:${parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/')}`;
  }
  const base = resolve(dirname(from), specifier);
  if (/\.(tsx?|css)$/.test(base)) return base;
  const found = extensions.map((extension) => base + extension).find((path) => existsSync(path));
  if (found === undefined)
    throw new Error(`${relative(root, from)} imports ${specifier}, which is not there.`);
  return found;
}

/** Static imports only: `import type` is erased, `import(...)` is a lazy chunk. */
const staticImport = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm;

/** Every module the entry reaches, with the module that first imports it (for the message). */
function startupGraph(): Map<string, string | null> {
  const importedBy = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file.startsWith('package:') || file.endsWith('.css')) continue;
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (typeOnly || specifier === undefined) continue;
      const target = resolveImport(file, specifier);
      if (target === null || importedBy.has(target)) continue;
      importedBy.set(target, file);
      queue.push(target);
    }
  }
  return importedBy;
}

const name = (path: string) => (path.startsWith('package:') ? path : relative(root, path));

function chainTo(graph: Map<string, string | null>, module: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = module; at != null; at = graph.get(at)) chain.unshift(name(at));
  return chain.join(' -> ');
}

/**
 * Not on the way to the first rows. Each was measured there (a CPU profile of the cold start):
 * the zip library builds its tables as it loads, and the import and export formats build their
 * zod schemas; all of it belongs to backups and the Data page, which load after the first screen.
 */
const notAtStartup = [
  // zod builds its classes and every schema as its modules load, about 97 kB of script the
  // first rows waited for; nothing before them writes, and writes load the schemas on first use
  // (renderer/db/repositories/writeSchemas.ts). The sixteenth session took it out.
  /^package:zod$/,
  /^shared\/domain\/\w*Schemas?\.ts$/,
  /^shared\/domain\/principles\.ts$/,
  /^renderer\/db\/repositories\/(writeSchemaSet|storedPrincipleSettings|journalDataRepository)\.ts$/,
  /^renderer\/db\/coach\/receivedFeedbackRepository\.ts$/,
  /^package:fflate$/,
  /^package:minisearch$/,
  /^package:@visx\//,
  /^package:papaparse$/,
  /^shared\/data\//,
  /^shared\/backup\//,
  /^renderer\/features\/backup\/(?!backupStatus)/,
  /^renderer\/features\/data\//,
  /^renderer\/features\/progress\/(?!progressFormat)/,
  /^renderer\/features\/reflect\/(?!usePeopleByIds)/,
  /^renderer\/features\/coach\//,
];

describe('what the journal loads before its first rows', () => {
  const graph = startupGraph();

  it('finds the entry and the journal list in the start-up graph (the walk itself works)', () => {
    const modules = [...graph.keys()].map(name);
    expect(modules).toContain('renderer/features/journal/JournalList.tsx');
    expect(modules).toContain('package:react-dom');
    expect(modules).toContain('package:dexie');
  });

  it('leaves zod and the schemas, backups, import and export, Progress, the editor and the coach pages for later', () => {
    const early = [...graph.keys()]
      .filter((module) => notAtStartup.some((pattern) => pattern.test(name(module))))
      .map((module) => chainTo(graph, module));
    expect(early).toEqual([]);
  });

  it('stays within the number of modules measured when this was written', () => {
    // 156 before backups left the start-up (twelfth session), 128 after, 130 in the fifteenth
    // session, 122 once zod and the schemas left (sixteenth), 123 with PageOutlet, the boundary
    // per page that the Preact build needs (nineteenth), 124 with the reflections' sortKey
    // middleware (twentieth: one record per reflection), 125 with the notice shown while a
    // journal is upgraded (a few lines, needed before the journal opens): a new module on the way to the first
    // rows should be a decision, not a drift.
    expect(graph.size).toBeLessThanOrEqual(125);
  });
});
