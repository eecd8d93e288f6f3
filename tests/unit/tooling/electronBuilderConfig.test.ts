import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import type { ErrorObject, SchemaObject } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID, LINUX_DESKTOP_NAME, PRODUCT_NAME } from '../../../shared/app/identity';

const configPath = fileURLToPath(new URL('../../../electron-builder.yml', import.meta.url));

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown, what: string): JsonRecord {
  if (!isRecord(value)) throw new Error(`${what} is not an object`);
  return value;
}

/** Reads a nested value, e.g. `at(config, 'linux', 'category')`; undefined when any step is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** electron-builder accepts a target as a name, a { target } object, or a list of either. */
function targetNames(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [entry.toLowerCase()];
    const target = at(entry, 'target');
    return typeof target === 'string' ? [target.toLowerCase()] : [];
  });
}

/**
 * The schema electron-builder itself validates configurations with. app-builder-lib is a dependency
 * of electron-builder, so it is resolved from there rather than relying on it being hoisted.
 */
function loadBuilderSchema(): SchemaObject {
  const requireFromRoot = createRequire(import.meta.url);
  const requireFromBuilder = createRequire(requireFromRoot.resolve('electron-builder/package.json'));
  const schemaPath = requireFromBuilder.resolve('app-builder-lib/scheme.json');
  return asRecord(JSON.parse(readFileSync(schemaPath, 'utf8')), 'scheme.json');
}

// Mirrors app-builder-lib's own validator (strict: false, so its custom `typeof` keyword is ignored),
// except that types are not coerced: `asar: "true"` must be written as a boolean here.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(loadBuilderSchema());

function schemaErrors(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`,
  );
}

function readConfig(): JsonRecord {
  return asRecord(load(readFileSync(configPath, 'utf8'), { filename: configPath }), 'electron-builder.yml');
}

describe('electron-builder.yml', () => {
  const config = readConfig();

  it('matches electron-builder’s own JSON schema', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('uses the app identity from shared/app/identity.ts', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
  });

  it('writes to release/ and reads resources from build/', () => {
    expect(at(config, 'directories', 'output')).toBe('release');
    expect(at(config, 'directories', 'buildResources')).toBe('build');
  });

  it('packages only the built app and package.json, without source maps', () => {
    const files: unknown = config.files;
    expect(Array.isArray(files)).toBe(true);
    const entries: unknown[] = Array.isArray(files) ? files : [];
    const patterns = entries.filter((pattern): pattern is string => typeof pattern === 'string');
    expect(patterns).toHaveLength(entries.length);
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toContain('dist/**/*');
    expect(included).toContain('package.json');
    expect(included.filter((pattern) => pattern !== 'package.json' && !pattern.startsWith('dist/'))).toEqual(
      [],
    );
    expect(patterns).toContain('!dist/**/*.map');
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(targetNames(at(config, 'win', 'target'))).toContain('nsis');
    expect(targetNames(at(config, 'mac', 'target'))).toContain('dmg');
    const linuxTargets = targetNames(at(config, 'linux', 'target'));
    expect(linuxTargets).toContain('appimage');
    expect(linuxTargets).toContain('deb');
  });

  it('installs a Linux desktop entry named LINUX_DESKTOP_NAME', () => {
    const baseName = LINUX_DESKTOP_NAME.replace(/\.desktop$/, '');
    expect(at(config, 'linux', 'category')).toBe('Office');
    expect(at(config, 'linux', 'executableName')).toBe(baseName);
    // electron-builder 26 names the .desktop file after package.json desktopName when syncDesktopName is on.
    expect(at(config, 'linux', 'syncDesktopName')).toBe(true);
    expect(at(config, 'extraMetadata', 'desktopName')).toBe(LINUX_DESKTOP_NAME);
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableCookieEncryption', true],
  ] as const)('sets the %s fuse to %s', (fuse, expected) => {
    expect(at(config, 'electronFuses', fuse)).toBe(expected);
  });
});

describe('the schema check itself', () => {
  it('rejects an unknown top-level key', () => {
    const errors = schemaErrors({ ...readConfig(), shipItYesterday: true });
    expect(errors.some((error) => error.includes('additional properties'))).toBe(true);
  });

  it('rejects a value of the wrong type', () => {
    const errors = schemaErrors({ ...readConfig(), asar: 'yes please' });
    expect(errors.some((error) => error.startsWith('/asar '))).toBe(true);
  });

  it('rejects a misspelt fuse', () => {
    const config = readConfig();
    const fuses = { ...asRecord(config.electronFuses, 'electronFuses'), runAsNodes: false };
    const errors = schemaErrors({ ...config, electronFuses: fuses });
    expect(errors.some((error) => error.startsWith('/electronFuses '))).toBe(true);
  });
});
