import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../../..');
const progressDir = path.join(root, 'renderer/features/progress');
const files = [
  ...readdirSync(progressDir)
    .filter((name) => /\.(tsx|css)$/.test(name))
    .map((name) => path.join(progressDir, name)),
  path.join(root, 'renderer/features/people/PersonProgressFigure.tsx'),
];
const css = readFileSync(path.join(progressDir, 'progress.css'), 'utf8');

// Hex, functional and the common named colours; system colours (CanvasText...) are keywords, not literals.
const colourLiteral =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|grey|gray|orange|purple|yellow)\b/i;

/** The figures' colour names progress.css gives itself from the theme's chart tokens. */
const chartColourNames = [...css.matchAll(/^\s*(--(?:series-\d|outcome-[a-z-]+|hatch|heat)):/gm)].map(
  (match) => match[1],
);

describe('Progress figure colours', () => {
  it('are design tokens only: no colour literal in any figure file', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect({ file: path.relative(root, file), literal: text.match(colourLiteral)?.[0] ?? null }).toEqual({
        file: path.relative(root, file),
        literal: null,
      });
    }
  });

  it('are given again in system colours for forced colours, every one of them', () => {
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(forced.length).toBeLessThan(css.length);
    const unique = [...new Set(chartColourNames)];
    expect(unique).toEqual(expect.arrayContaining(['--series-0', '--outcome-achieved', '--hatch', '--heat']));
    for (const name of unique)
      expect(forced).toMatch(new RegExp(`${name}: (?:CanvasText|Canvas|GrayText|Highlight);`));
  });

  it('reach figures outside the Progress page too, as on a person page', () => {
    expect(css).toMatch(/\.progress-page,\s*\.progress-figure\s*\{\s*--series-0: var\(--chart-1\)/);
  });
});
