import { notAppliedLabel, reflectionFieldLabels } from '../../../shared/domain/reflectionLabels';

/**
 * Every keyboard shortcut in the app, in one list: the Help page and the "?" overlay both render
 * it, and a unit test checks it against the desktop menu's accelerators, so the three never drift.
 */

/** "Mod" is Ctrl, or Cmd on a Mac; the rest are shown as written. */
export type KeyName = string;

/** One way to press a shortcut: keys held together, e.g. ['Mod', 'K']. */
export type KeyCombo = readonly KeyName[];

export interface Shortcut {
  readonly id: string;
  /** Alternatives: either combo does the same thing. */
  readonly combos: readonly KeyCombo[];
  readonly action: string;
  /** The desktop menu's accelerators for this shortcut, when the menu is what provides it. */
  readonly accelerators?: readonly string[];
}

export interface ShortcutGroup {
  readonly id: 'anywhere' | 'desktop' | 'journal' | 'writing';
  readonly title: string;
  /** Shown under the title, when where it works needs saying. */
  readonly note?: string;
  readonly shortcuts: readonly Shortcut[];
}

export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    id: 'anywhere',
    title: 'Anywhere',
    shortcuts: [
      {
        id: 'help',
        combos: [['F1'], ['Mod', '?']],
        action: 'Open Help',
        accelerators: ['F1'],
      },
      { id: 'shortcuts', combos: [['?']], action: 'Show these shortcuts (not while you are typing)' },
      { id: 'search', combos: [['Mod', 'K']], action: 'Search your reflections' },
      { id: 'close', combos: [['Esc']], action: 'Close a dialog, a menu or a list of suggestions' },
      {
        id: 'tab',
        combos: [['Tab'], ['Shift', 'Tab']],
        action: 'Move to the next or previous control; the first Tab offers "Skip to content"',
      },
    ],
  },
  {
    id: 'desktop',
    title: 'In the desktop app',
    note: 'These come from the app menu, so the browser version leaves them to the browser.',
    shortcuts: [
      {
        id: 'new-reflection',
        combos: [['Mod', 'N']],
        action: 'New reflection',
        accelerators: ['CmdOrCtrl+N'],
      },
      { id: 'journal', combos: [['Mod', '1']], action: 'Journal', accelerators: ['CmdOrCtrl+1'] },
      { id: 'progress', combos: [['Mod', '2']], action: 'Progress', accelerators: ['CmdOrCtrl+2'] },
      { id: 'people', combos: [['Mod', '3']], action: 'People', accelerators: ['CmdOrCtrl+3'] },
      { id: 'reminders', combos: [['Mod', '4']], action: 'Reminders', accelerators: ['CmdOrCtrl+4'] },
      {
        id: 'settings',
        combos: [['Mod', ',']],
        action: 'Settings',
        accelerators: ['Cmd+,', 'Ctrl+,'],
      },
    ],
  },
  {
    id: 'journal',
    title: 'In the journal list',
    shortcuts: [
      { id: 'row-step', combos: [['↑'], ['↓']], action: 'Previous or next reflection' },
      { id: 'row-ends', combos: [['Home'], ['End']], action: 'First or last reflection' },
    ],
  },
  {
    id: 'writing',
    title: 'While writing a reflection',
    shortcuts: [
      {
        id: 'choice-row',
        combos: [['←'], ['→']],
        action: `Move along a row of choices, such as "${notAppliedLabel}" and 1 to 5`,
      },
      {
        id: 'person-suggestions',
        combos: [['↑'], ['↓'], ['Enter']],
        action: `In "${reflectionFieldLabels.personIds}", move through the names offered and choose one`,
      },
      {
        id: 'tag',
        combos: [['Enter'], [',']],
        action: `In "${reflectionFieldLabels.tags}", add the tag you typed`,
      },
    ],
  },
];

export const allShortcuts: readonly Shortcut[] = shortcutGroups.flatMap((group) => group.shortcuts);

/** How a key is shown: "Mod" becomes Cmd on a Mac and Ctrl elsewhere. */
export function keyLabel(key: KeyName, isApple: boolean): string {
  if (key === 'Mod') return isApple ? 'Cmd' : 'Ctrl';
  return key;
}

/** The whole combo as one readable string, e.g. "Ctrl + K". */
export function comboLabel(combo: KeyCombo, isApple: boolean): string {
  return combo.map((key) => keyLabel(key, isApple)).join(' + ');
}

export const isApplePlatform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
