// js-yaml 4 ships no type declarations; this is the one function the tooling tests use.
declare module 'js-yaml' {
  export function load(input: string, options?: { filename?: string; json?: boolean }): unknown;
}
