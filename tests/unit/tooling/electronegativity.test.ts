import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPTED_FINDINGS,
  applyGate,
  formatFinding,
  REPO_ROOT,
  scanWithElectronegativity,
  severityRank,
  summarizeGate,
  type Finding,
  type GateResult,
  type ScanReport,
} from './electronegativityGate';

// The tool loads slowly and makes one short network attempt for translations (it logs and carries
// on offline), so the scans get a generous timeout; the pure gate tests do not need it.
const SCAN_TIMEOUT_MS = 120_000;

const FIXTURE = 'tests/fixtures/electronegativity-bad';

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'SOME_JS_CHECK',
    file: 'electron/main.ts',
    line: 1,
    column: 0,
    severity: 'LOW',
    confidence: 'FIRM',
    manualReview: false,
    description: '',
    ...overrides,
  };
}

describe('electronegativity gate decision', () => {
  it('fails on a finding of medium severity or above', () => {
    expect(applyGate([finding({ severity: 'MEDIUM' })], []).passed).toBe(false);
    expect(applyGate([finding({ severity: 'HIGH' })], []).passed).toBe(false);
  });

  it('lets a low or informational finding through unless its id is gated', () => {
    const gate = applyGate([finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })], []);
    expect(gate.passed).toBe(true);
    expect(gate.belowThreshold).toHaveLength(2);
  });

  it.each([
    'NODE_INTEGRATION_JS_CHECK',
    'CONTEXT_ISOLATION_JS_CHECK',
    'SANDBOX_JS_CHECK',
    'WEB_SECURITY_HTML_CHECK',
    'INSECURE_CONTENT_JS_CHECK',
    'BLINK_FEATURES_HTML_CHECK',
    'EXPERIMENTAL_FEATURES_JS_CHECK',
  ])('fails on %s even when informational', (id) => {
    const gate = applyGate([finding({ id, severity: 'INFORMATIONAL' })], []);
    expect(gate.passed).toBe(false);
    expect(gate.blocking.map((row) => row.id)).toEqual([id]);
  });

  it('fails closed on a severity it does not know', () => {
    expect(severityRank('CATASTROPHIC')).toBe(Number.POSITIVE_INFINITY);
    expect(applyGate([finding({ severity: 'CATASTROPHIC' })], []).passed).toBe(false);
  });

  it('accepts a listed finding by id and file, one finding per entry', () => {
    const accepted = [{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.ts', reason: 'reviewed' }];
    const first = finding({ id: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', line: 10 });
    expect(applyGate([first], accepted).passed).toBe(true);

    const second = finding({ id: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', line: 20 });
    const gate = applyGate([first, second], accepted);
    expect(gate.passed).toBe(false);
    expect(gate.blocking).toEqual([second]);
  });

  it('does not accept the same id in another file', () => {
    const accepted = [{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.ts', reason: 'reviewed' }];
    const elsewhere = finding({
      id: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'electron/menu/x.ts',
      severity: 'MEDIUM',
    });
    const gate = applyGate([elsewhere], accepted);
    expect(gate.passed).toBe(false);
    expect(gate.unusedAcceptances).toEqual(accepted);
  });

  it('fails when a file could not be parsed, since none of its checks ran', () => {
    const gate = applyGate(
      [],
      [],
      [{ file: 'electron/main.ts', message: 'Unexpected token', tolerable: false }],
    );
    expect(gate.passed).toBe(false);
    expect(applyGate([], [], [{ file: 'a.ts', message: 'recovered', tolerable: true }]).passed).toBe(true);
  });
});

describe('accepted electronegativity findings', () => {
  const securityDoc = readFileSync(path.join(REPO_ROOT, 'docs/security.md'), 'utf8');

  it.each(ACCEPTED_FINDINGS.map((entry) => [entry.id, entry.file, entry] as const))(
    '%s in %s is documented in docs/security.md with a reason',
    (id, file, entry) => {
      expect(entry.reason.trim().length).toBeGreaterThan(40);
      const documented = securityDoc
        .split('\n')
        .some((line) => line.includes(`\`${id}\``) && line.includes(`\`${file}\``));
      expect(documented, `docs/security.md needs a line naming \`${id}\` and \`${file}\``).toBe(true);
    },
  );
});

describe('electronegativity on electron/ and renderer/', () => {
  let report: ScanReport;
  let gate: GateResult;

  beforeAll(async () => {
    report = await scanWithElectronegativity(['electron', 'renderer']);
    gate = applyGate(report.findings, ACCEPTED_FINDINGS, report.errors);
    console.log(summarizeGate('electron/ + renderer/', report, gate));
  }, SCAN_TIMEOUT_MS);

  it('actually scanned the code with the tool’s checks loaded', () => {
    expect(report.scannedFiles).toBeGreaterThan(10);
    expect(report.checks.atomic).toBeGreaterThan(20);
    expect(report.checks.global).toBeGreaterThan(0);
  });

  it('parsed every file', () => {
    expect(gate.unscanned).toEqual([]);
  });

  it('passes the gate', () => {
    expect(gate.blocking.map(formatFinding)).toEqual([]);
    expect(gate.passed).toBe(true);
  });

  it('still produces every accepted finding, so the accepted list holds nothing stale', () => {
    expect(gate.unusedAcceptances).toEqual([]);
  });
});

describe('electronegativity on the known-bad fixture', () => {
  let report: ScanReport;
  let gate: GateResult;

  beforeAll(async () => {
    report = await scanWithElectronegativity([FIXTURE]);
    gate = applyGate(report.findings, ACCEPTED_FINDINGS, report.errors);
    console.log(summarizeGate('known-bad fixture', report, gate));
  }, SCAN_TIMEOUT_MS);

  it('fails the gate', () => {
    expect(gate.passed).toBe(false);
  });

  it.each([
    'NODE_INTEGRATION_JS_CHECK',
    'CONTEXT_ISOLATION_JS_CHECK',
    'SANDBOX_JS_CHECK',
    'WEB_SECURITY_JS_CHECK',
    'INSECURE_CONTENT_JS_CHECK',
    'EXPERIMENTAL_FEATURES_JS_CHECK',
    'BLINK_FEATURES_JS_CHECK',
  ])('reports %s in the fixture as blocking', (id) => {
    const rows = gate.blocking.filter((row) => row.id === id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.file === `${FIXTURE}/main.js`)).toBe(true);
  });

  it('blocks findings the tool itself rates below medium', () => {
    const lowButBlocking = gate.blocking.filter((row) => severityRank(row.severity) < severityRank('MEDIUM'));
    expect(new Set(lowButBlocking.map((row) => row.id))).toEqual(
      new Set(['NODE_INTEGRATION_JS_CHECK', 'EXPERIMENTAL_FEATURES_JS_CHECK', 'BLINK_FEATURES_JS_CHECK']),
    );
  });
});
