import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The electronegativity gate (docs/security.md, S14). The tool's CLI exits 0 whatever it finds and
 * rates some webPreferences findings as low or informational, so the decision is made here.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Findings whose id starts with one of these fail the gate at any severity. */
export const GATED_ID_PREFIXES = [
  'NODE_INTEGRATION',
  'CONTEXT_ISOLATION',
  'SANDBOX',
  'WEB_SECURITY',
  'INSECURE_CONTENT',
  'BLINK_FEATURES',
  'EXPERIMENTAL_FEATURES',
] as const;

/** Any other finding fails the gate at this severity or above. */
export const BLOCKING_SEVERITY = 'MEDIUM';

const SEVERITY_RANK: Readonly<Record<string, number>> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

export interface Finding {
  id: string;
  /** Repository-relative path with forward slashes, or "N/A" for a finding about the app as a whole. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  description: string;
}

export interface AcceptedFinding {
  id: string;
  file: string;
  reason: string;
}

/**
 * Findings reviewed and accepted, each also listed in docs/security.md. One entry covers exactly one
 * finding: a second finding with the same id in the same file fails the gate until it is reviewed too.
 */
export const ACCEPTED_FINDINGS: readonly AcceptedFinding[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    reason:
      'The tool only recognises a CSP in a <meta> tag of a scanned HTML file or in a webRequest responseHeaders assignment. ' +
      'The policy is sent as a response header on every app:// response by the protocol handler ' +
      '(electron/protocol/registerAppProtocol.ts, policy text in shared/security/csp.ts), and the Vite build writes it as a ' +
      '<meta> tag into dist/renderer/index.html; the source renderer/index.html holds only the placeholder.',
  },
];

export interface ScanError {
  file: string;
  message: string;
  /** False when the tool could not parse the file at all, so none of its checks ran on it. */
  tolerable: boolean;
}

export interface ScanReport {
  findings: Finding[];
  errors: ScanError[];
  /** Files of the kinds the tool reads (js, jsx, ts, tsx, html, htm, package.json). */
  scannedFiles: number;
  checks: { atomic: number; global: number };
  durationMs: number;
  /** What the tool printed while it ran, kept off the test output. */
  log: string[];
}

export interface GateResult {
  passed: boolean;
  blocking: Finding[];
  accepted: Array<{ finding: Finding; acceptance: AcceptedFinding }>;
  /** Findings below the threshold and outside the gated ids: reported, not failing. */
  belowThreshold: Finding[];
  /** Files the tool could not parse; they fail the gate because nothing was checked in them. */
  unscanned: ScanError[];
  /** Accepted entries that no longer match a finding; the list should be trimmed. */
  unusedAcceptances: AcceptedFinding[];
}

export function severityRank(severity: string): number {
  // An unknown severity fails closed.
  return SEVERITY_RANK[severity.toUpperCase()] ?? Number.POSITIVE_INFINITY;
}

export function isGatedFinding(finding: Pick<Finding, 'id' | 'severity'>): boolean {
  const threshold = severityRank(BLOCKING_SEVERITY);
  return (
    severityRank(finding.severity) >= threshold ||
    GATED_ID_PREFIXES.some((prefix) => finding.id.toUpperCase().startsWith(prefix))
  );
}

/** The pure decision over the tool's rows. */
export function applyGate(
  findings: readonly Finding[],
  accepted: readonly AcceptedFinding[] = ACCEPTED_FINDINGS,
  errors: readonly ScanError[] = [],
): GateResult {
  const remaining = [...accepted];
  const result: GateResult = {
    passed: false,
    blocking: [],
    accepted: [],
    belowThreshold: [],
    unscanned: errors.filter((error) => !error.tolerable),
    unusedAcceptances: [],
  };
  for (const finding of findings) {
    if (!isGatedFinding(finding)) {
      result.belowThreshold.push(finding);
      continue;
    }
    const index = remaining.findIndex((entry) => entry.id === finding.id && entry.file === finding.file);
    const acceptance = index === -1 ? undefined : remaining.splice(index, 1)[0];
    if (acceptance) result.accepted.push({ finding, acceptance });
    else result.blocking.push(finding);
  }
  result.unusedAcceptances = remaining;
  result.passed = result.blocking.length === 0 && result.unscanned.length === 0;
  return result;
}

export function formatFinding(finding: Finding): string {
  const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}:${finding.column}`;
  return `${finding.id} ${where} ${finding.severity}/${finding.confidence}`;
}

export function summarizeGate(label: string, report: ScanReport, gate: GateResult): string {
  return (
    `electronegativity ${label}: ${report.scannedFiles} files, ${report.checks.atomic}+${report.checks.global} checks, ` +
    `${report.findings.length} findings (${gate.blocking.length} blocking, ${gate.accepted.length} accepted, ` +
    `${gate.belowThreshold.length} below threshold), ${gate.unscanned.length} unparsed files, ` +
    `${(report.durationMs / 1000).toFixed(1)} s`
  );
}

// ---------------------------------------------------------------------------------------------
// Running the tool

const issueSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).optional(),
  severity: z.object({ name: z.string() }),
  confidence: z.object({ name: z.string() }),
  manualReview: z.boolean().optional(),
  description: z.string().optional(),
});

const runResultSchema = z.object({
  globalChecks: z.number(),
  atomicChecks: z.number(),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(issueSchema),
});

type RunElectronegativity = (options: Record<string, unknown>, forCli: boolean) => Promise<unknown>;

function loadRunner(): RunElectronegativity {
  // The package is CommonJS without types; its main module (dist/runner.js) exports `run(options, forCli)`.
  const loaded: unknown = createRequire(import.meta.url)('@doyensec/electronegativity');
  const run = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : loaded;
  if (typeof run !== 'function')
    throw new Error('@doyensec/electronegativity does not export a run function');
  return (options, forCli) => Promise.resolve(run(options, forCli));
}

/** The Electron version from package.json, so version-dependent checks use the right defaults. */
export function installedElectronVersion(root = REPO_ROOT): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const parsed = z
    .object({ devDependencies: z.object({ electron: z.string().regex(/^\d+\.\d+\.\d+$/) }) })
    .safeParse(manifest);
  if (!parsed.success) throw new Error('package.json must pin devDependencies.electron to an exact version');
  return parsed.data.devDependencies.electron;
}

function countScannableFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    if (/\.(jsx?|tsx?|html?)$/i.test(entry.name) || entry.name.toLowerCase() === 'package.json') count += 1;
  }
  return count;
}

function toRepoPath(file: string, scanRoot: string): string {
  if (file === 'N/A') return file;
  const relative = path.isAbsolute(file) ? path.relative(scanRoot, file) : file;
  return relative.split(path.sep).join('/');
}

/** Replaces console and stdout/stderr writes while `action` runs, collecting what was printed. */
async function quietly<T>(log: string[], action: () => Promise<T>): Promise<T> {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const savedConsole = methods.map((method) => [method, console[method]] as const);
  const savedStdout = process.stdout.write;
  const savedStderr = process.stderr.write;
  const capture = (...args: unknown[]) => {
    log.push(args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' '));
  };
  const captureWrite = ((chunk: unknown) => {
    log.push(typeof chunk === 'string' ? chunk : String(chunk));
    return true;
  }) as typeof process.stdout.write;
  for (const method of methods) console[method] = capture;
  process.stdout.write = captureWrite;
  process.stderr.write = captureWrite;
  try {
    return await action();
  } finally {
    for (const [method, original] of savedConsole) console[method] = original;
    process.stdout.write = savedStdout;
    process.stderr.write = savedStderr;
  }
}

export interface ScanOptions {
  root?: string;
  electronVersion?: string;
}

/**
 * Scans the given repository folders in one run, so the tool's whole-app checks (navigation limits,
 * permission handler, CSP) see the main process and the renderer together. The folders are copied
 * into a temporary directory under their repository paths, which keeps finding paths repo-relative.
 */
export async function scanWithElectronegativity(
  folders: readonly string[],
  options: ScanOptions = {},
): Promise<ScanReport> {
  const root = options.root ?? REPO_ROOT;
  const electronVersion = options.electronVersion ?? installedElectronVersion(root);
  const scanRoot = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  const log: string[] = [];
  const started = Date.now();
  try {
    for (const folder of folders) {
      cpSync(path.join(root, folder), path.join(scanRoot, folder), { recursive: true });
    }
    const run = loadRunner();
    const raw = await quietly(log, () =>
      run(
        {
          input: scanRoot,
          // No output file: with forCli false, run() returns { globalChecks, atomicChecks, errors, issues }.
          output: undefined,
          isSarif: false,
          customScan: [],
          // The only check that downloads Electron's release list (from GitHub). It grades the
          // ELECTRON_VERSION_JSON_CHECK finding of a package.json, and no package.json is scanned.
          excludeFromScan: ['availablesecurityfixesglobalcheck'],
          severitySet: undefined,
          confidenceSet: undefined,
          isRelative: true,
          isVerbose: false,
          electronUpgrade: undefined,
          electronVersionOverride: electronVersion,
          parserPlugins: [],
        },
        false,
      ),
    );
    const result = runResultSchema.parse(raw);
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        file: toRepoPath(issue.file, scanRoot),
        line: issue.location?.line ?? 0,
        column: issue.location?.column ?? 0,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: issue.manualReview ?? false,
        description: issue.description ?? '',
      })),
      errors: result.errors.map((error) => ({ ...error, file: toRepoPath(error.file, scanRoot) })),
      scannedFiles: countScannableFiles(scanRoot),
      checks: { atomic: result.atomicChecks, global: result.globalChecks },
      durationMs: Date.now() - started,
      log,
    };
  } finally {
    rmSync(scanRoot, { recursive: true, force: true });
  }
}
