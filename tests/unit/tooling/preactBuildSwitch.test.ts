import { describe, expect, it } from 'vitest';

// G1's experiment (docs/benchmarks.md, seventeenth session): RENDERER_PREACT_DIR builds the
// renderer with preact/compat in place of React; without it the build is React's, unchanged.
// Imported by path: the tests' TypeScript project does not take in the build's own config.
const configPath = '../../../vite.config';
interface Alias {
  find: RegExp;
  replacement: string;
}
interface BuildConfigExports {
  preactAliases: (folder: string | undefined) => Alias[];
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
});
