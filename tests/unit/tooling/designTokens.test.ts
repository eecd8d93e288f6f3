import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const rendererRoot = path.join(projectRoot, 'renderer');
const tokensFile = path.join(rendererRoot, 'styles', 'tokens.css');

// CSS named colours (CSS Color 4). transparent, currentColor and inherit are allowed, and so are
// system colours (Canvas, ButtonText, Highlight…), which forced-colours rules need.
const NAMED_COLOURS =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
  'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
  'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
  'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
  'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
  'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
  'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
  'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
  'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
  'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
  'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab ' +
  'orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
  'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
  'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
  'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen';
const namedColour = new RegExp(`(?<![\\w-])(?:${NAMED_COLOURS.split(' ').join('|')})(?![\\w-])`, 'i');
const functionalColour = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const hexColour = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![0-9a-z_-])/i;

function colourIn(value: string): string | undefined {
  // Custom property names and quoted strings (font names, content) are not colours.
  const bare = value.replace(/--[\w-]+/g, '').replace(/(['"]).*?\1/g, '');
  return [hexColour, functionalColour, namedColour].map((pattern) => pattern.exec(bare)?.[0]).find(Boolean);
}

/** Colour literals in a stylesheet's declaration values (selectors such as #content are not values). */
export function colourLiteralsInCss(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/([\w-]+)\s*:\s*([^;{}]+)[;}]/g)) {
    const colour = colourIn(match[2] ?? '');
    if (colour) found.push(`${match[1]}: ${colour}`);
  }
  return found;
}

// Attributes and style keys that take a colour in TSX: SVG paint and React style props.
const colourAttribute =
  /\b(fill|stroke|stopColor|floodColor|lightingColor|color|backgroundColor|borderColor|borderTopColor|borderBottomColor|outlineColor|background|border|outline|boxShadow|textShadow)\s*[=:]\s*\{?\s*(['"`])(.*?)\2/g;

/** Colour literals in a component: colour attributes and style values, and any rgb()/hsl() call. */
export function colourLiteralsInTsx(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(colourAttribute)) {
    const colour = colourIn(match[3] ?? '');
    if (colour) found.push(`${match[1]}: ${colour}`);
  }
  for (const match of source.matchAll(/(['"`])((?:#[0-9a-f]{3,8})|(?:(?:rgba?|hsla?)\([^)]*\)))\1/gi)) {
    found.push(match[2] ?? '');
  }
  return found;
}

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function literalsOutsideTokens(): string[] {
  return filesUnder(rendererRoot, ['.css', '.tsx'])
    .filter((file) => file !== tokensFile)
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = file.endsWith('.css') ? colourLiteralsInCss(text) : colourLiteralsInTsx(text);
      return found.map((literal) => `${path.relative(projectRoot, file)}: ${literal}`);
    });
}

describe('colour literals', () => {
  it('appear in no renderer stylesheet or component outside tokens.css', () => {
    const found = literalsOutsideTokens();
    expect(found, `Use a token from renderer/styles/tokens.css instead of:\n${found.join('\n')}`).toEqual([]);
  });

  it('are found in a stylesheet in every form, and only in values', () => {
    const css = [
      '.a { color: #a12622; }',
      '.b { background: rgb(0 0 0 / 0.2); }',
      '.c { border: 1px solid hsl(10 50% 50%); }',
      '.d { outline-color: Red; }',
      '.e { box-shadow: 0 1px 2px #000 }',
    ].join('\n');
    expect(colourLiteralsInCss(css)).toEqual([
      'color: #a12622',
      'background: rgb(',
      'border: hsl(',
      'outline-color: Red',
      'box-shadow: #000',
    ]);
    const allowed = [
      '#content { color: var(--text); }',
      '/* #fff in a comment */',
      ".f { color: currentColor; background: transparent; border-color: inherit; font-family: 'Red Hat'; }",
      '@media (forced-colors: active) { .g { outline: 2px solid Highlight; color: CanvasText; } }',
      '.h { white-space: nowrap; font-weight: normal; grid-template-areas: "header"; }',
    ].join('\n');
    expect(colourLiteralsInCss(allowed)).toEqual([]);
  });

  it('are found in a component in SVG paint and style props', () => {
    expect(colourLiteralsInTsx('<rect fill="#2f5b9a" />')).toEqual(['fill: #2f5b9a', '#2f5b9a']);
    expect(colourLiteralsInTsx("<div style={{ color: 'red' }} />")).toEqual(['color: red']);
    expect(colourLiteralsInTsx("const c = 'rgb(1, 2, 3)';")).toEqual(['rgb(1, 2, 3)']);
    expect(
      colourLiteralsInTsx(
        '<a href="#content">x</a><rect fill="url(#hatch)" stroke="currentColor" /><path fill="var(--chart-1)" />',
      ),
    ).toEqual([]);
  });
});

type Theme = Record<string, string>;

function customProperties(block: string): Theme {
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

function themes(): { light: Theme; dark: Theme } {
  const css = readFileSync(tokensFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const light = customProperties(css.slice(0, darkStart));
  const darkBlock = css.slice(darkStart, css.indexOf('@media', darkStart + 1));
  return { light, dark: { ...light, ...customProperties(darkBlock) } };
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

// [foreground, background, minimum]: text 4.5:1; the focus ring, field edges and chart marks 3:1.
const pairs: readonly [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--surface', 4.5],
  ['--text', '--surface-sunken', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--surface', 4.5],
  ['--muted', '--surface-sunken', 4.5],
  ['--accent', '--surface', 4.5],
  ['--accent', '--bg', 4.5],
  ['--accent-text', '--accent', 4.5],
  ['--text', '--accent-soft', 4.5],
  ['--danger', '--surface', 4.5],
  ['--danger', '--danger-soft', 4.5],
  ['--warning', '--warning-soft', 4.5],
  ['--success', '--success-soft', 4.5],
  ['--text', '--highlight', 4.5],
  ['--focus', '--bg', 3],
  ['--focus', '--surface', 3],
  ['--focus', '--surface-sunken', 3],
  ['--focus', '--accent-soft', 3],
  ['--border-strong', '--surface', 3],
  ['--border-strong', '--bg', 3],
  ['--chart-1', '--surface', 3],
  ['--chart-2', '--surface', 3],
  ['--chart-3', '--surface', 3],
  ['--chart-4', '--surface', 3],
  ['--chart-6', '--surface', 3],
];

describe('the colour tokens', () => {
  for (const [name, theme] of Object.entries(themes())) {
    it(`meet their contrast in the ${name} theme`, () => {
      const failing = pairs
        .map(([fg, bg, minimum]) => ({ fg, bg, minimum, ratio: contrast(theme[fg] ?? '', theme[bg] ?? '') }))
        .filter(({ ratio, minimum }) => !(ratio >= minimum))
        .map(({ fg, bg, minimum, ratio }) => `${fg} on ${bg}: ${ratio.toFixed(2)} < ${minimum}`);
      expect(failing).toEqual([]);
    });

    it(`keep the focus ring apart from the danger colour in the ${name} theme`, () => {
      // Hue apart, not only lightness: a ring that reads as an error would say the wrong thing.
      const hue = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
        return (
          (Math.atan2(Math.sqrt(3) * ((g ?? 0) - (b ?? 0)), 2 * (r ?? 0) - (g ?? 0) - (b ?? 0)) * 180) /
          Math.PI
        );
      };
      const distance = Math.abs(hue(theme['--focus'] ?? '') - hue(theme['--danger'] ?? ''));
      expect(Math.min(distance, 360 - distance)).toBeGreaterThan(90);
    });
  }
});
