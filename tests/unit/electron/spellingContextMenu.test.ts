import { describe, expect, it, vi } from 'vitest';
import { buildSpellingMenuTemplate } from '../../../electron/window/spellingContextMenu';

const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });

describe('the spelling menu of a text field', () => {
  it('is empty outside an editable field', () => {
    expect(
      buildSpellingMenuTemplate(
        { isEditable: false, misspelledWord: 'teh', dictionarySuggestions: ['the'] },
        actions(),
      ),
    ).toEqual([]);
  });

  it('has only the editing commands when the word under the pointer is spelt right', () => {
    const template = buildSpellingMenuTemplate(
      { isEditable: true, misspelledWord: '', dictionarySuggestions: [] },
      actions(),
    );
    expect(template.map((item) => item.role ?? item.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('says so when there is no suggestion, and still offers to add the word', () => {
    const handlers = actions();
    const template = buildSpellingMenuTemplate(
      { isEditable: true, misspelledWord: 'Okonkwo', dictionarySuggestions: [] },
      handlers,
    );
    expect(template[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
    const add = template.find((item) => item.label === 'Add to dictionary');
    (add?.click as () => void)();
    expect(handlers.addToDictionary).toHaveBeenCalledExactlyOnceWith('Okonkwo');
  });

  it('keeps at most five suggestions', () => {
    const template = buildSpellingMenuTemplate(
      { isEditable: true, misspelledWord: 'ab', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      actions(),
    );
    expect(template.slice(0, 6).map((item) => item.label)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'Add to dictionary',
    ]);
  });
});
