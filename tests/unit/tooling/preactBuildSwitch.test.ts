import { describe, expect, it, vi } from 'vitest';

// G1's experiment (docs/benchmarks.md, seventeenth session): RENDERER_PREACT_DIR builds the
// renderer with preact/compat in place of React; without it the build is React's, unchanged.
// Imported by path: the tests' TypeScript project does not take in the build's own config.
const configPath = '../../../vite.config';
const testConfigPath = '../../../vitest.config';
interface Alias {
  find: RegExp;
  replacement: string;
}
interface BuildConfigExports {
  preactAliases: (folder: string | undefined) => Alias[];
  preactTestSwitch: (folder: string | undefined) => { aliases: Alias[]; inline: RegExp[] };
}
interface TestConfig {
  resolve: { alias: Alias[] };
  test: { server: { deps: { inline: RegExp[] } } };
}

const resolved = (aliases: Alias[], specifier: string) =>
  aliases.find((alias) => alias.find.test(specifier))?.replacement;

describe('the build switch that puts Preact in place of React', () => {
  it('changes nothing unless a folder is given', async () => {
    const { preactAliases } = (await import(/* @vite-ignore */ configPath)) as BuildConfigExports;
    expect(preactAliases(undefined)).toEqual([]);
    expect(preactAliases('')).toEqual([]);
  });

  it('sends react, react-dom, the client and the JSX runtimes to preact/compat, and nothing else', async () => {
    const { preactAliases } = (await import(/* @vite-ignore */ configPath)) as BuildConfigExports;
    const aliases = preactAliases('/p');
    expect(resolved(aliases, 'react')).toBe('/p/compat/dist/compat.mjs');
    expect(resolved(aliases, 'react-dom')).toBe('/p/compat/dist/compat.mjs');
    expect(resolved(aliases, 'react-dom/client')).toBe('/p/compat/client.mjs');
    expect(resolved(aliases, 'react/jsx-runtime')).toBe('/p/compat/jsx-runtime.mjs');
    expect(resolved(aliases, 'react/jsx-dev-runtime')).toBe('/p/compat/jsx-dev-runtime.mjs');
    expect(resolved(aliases, 'react-router')).toBeUndefined();
    expect(resolved(aliases, '@tanstack/react-virtual')).toBeUndefined();
  });

  it('is off for the unit tests too unless a folder is given', async () => {
    const { preactTestSwitch } = (await import(/* @vite-ignore */ configPath)) as BuildConfigExports;
    expect(preactTestSwitch(undefined)).toEqual({ aliases: [], inline: [] });
    expect(preactTestSwitch('')).toEqual({ aliases: [], inline: [] });
    // The unit tests' own config reads the variable.
    const testConfigWith = async (folder: string) => {
      vi.stubEnv('RENDERER_PREACT_DIR', folder);
      vi.resetModules();
      const config = (await import(/* @vite-ignore */ testConfigPath)) as { default: TestConfig };
      return config.default;
    };
    expect(resolved((await testConfigWith('')).resolve.alias, 'react')).toBeUndefined();
    const withPreact = await testConfigWith('/p');
    expect(resolved(withPreact.resolve.alias, 'react')).toBe('/p/compat/dist/compat.mjs');
    expect(withPreact.test.server.deps.inline.length).toBeGreaterThan(0);
    vi.unstubAllEnvs();
  });

  it("gives the unit tests the build's aliases, Preact's act, and every library that imports react through Vite", async () => {
    const { preactAliases, preactTestSwitch } = (await import(
      /* @vite-ignore */ configPath
    )) as BuildConfigExports;
    const { aliases, inline } = preactTestSwitch('/p');
    for (const specifier of [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
    ])
      expect(resolved(aliases, specifier)).toBe(resolved(preactAliases('/p'), specifier));
    expect(resolved(aliases, 'react-dom/test-utils')).toBe('/p/test-utils/dist/testUtils.mjs');
    expect(resolved(aliases, '@testing-library/react')).toMatch(/react\.esm\.js$/);
    expect(resolved(aliases, 'react-router')).toMatch(/index\.mjs$/);
    expect(resolved(aliases, 'dexie-react-hooks')).toMatch(/\.mjs$/);
    for (const library of [
      '@testing-library/react',
      'react-router',
      '@tanstack/react-virtual',
      'dexie-react-hooks',
      '@visx/shape',
    ])
      expect(inline.some((pattern) => pattern.test(`/node_modules/${library}/index.mjs`))).toBe(true);
  });
});
