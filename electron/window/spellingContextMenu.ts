import type { MenuItemConstructorOptions } from 'electron';

/** The parts of Electron's context-menu params a spelling menu needs. */
export interface SpellingMenuParams {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: string[];
}

export interface SpellingMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** More than this and the menu stops being a quick fix. */
const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu of a text field where the system checks spelling (macOS): the suggested
 * spellings, "Add to dictionary", then the usual editing commands. Empty outside text fields.
 */
export function buildSpellingMenuTemplate(
  params: SpellingMenuParams,
  actions: SpellingMenuActions,
): MenuItemConstructorOptions[] {
  if (!params.isEditable) return [];
  const template: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) template.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions)
      template.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    template.push(
      { label: 'Add to dictionary', click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  template.push(
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { type: 'separator' },
    { role: 'selectAll' },
  );
  return template;
}
