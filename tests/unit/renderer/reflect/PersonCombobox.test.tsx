import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { PersonCombobox } from '../../../../renderer/features/reflect/PersonCombobox';
import { openTestJournal, Providers } from './reflectTestHarness';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
  for (const name of ['Dana Fox', 'Dan Brown', 'Eli Moss']) await journal.people.add(name);
});

afterEach(() => close());

function Harness() {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <PersonCombobox
      id="who"
      label="Who was it with?"
      selectedIds={ids}
      onSelect={(person) => setIds((current) => [...current, person.id])}
      onRemove={(personId) => setIds((current) => current.filter((id) => id !== personId))}
    />
  );
}

function renderCombobox() {
  render(
    <Providers journal={journal}>
      <Harness />
    </Providers>,
  );
  return screen.getByRole('combobox', { name: 'Who was it with?' });
}

const optionNames = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('PersonCombobox', () => {
  it('offers the person already in the journal when their name is typed another way', async () => {
    await journal.people.add('Daniel Okafor-Smith');
    await journal.people.add('Daniel Okafor');
    const input = renderCombobox();
    await userEvent.type(input, 'dániel  okafor');
    await waitFor(() => expect(optionNames()).toEqual(['Use Daniel Okafor', 'Daniel Okafor-Smith']));
    await userEvent.keyboard('{Enter}');
    const chips = screen.getByRole('list', { name: 'People in this conversation' });
    expect(within(chips).getByText('Daniel Okafor')).toBeInTheDocument();
    expect((await journal.people.all()).filter(({ name }) => name.startsWith('Daniel'))).toHaveLength(2);
  });

  it('finds people by the start of their name and offers to add what was typed', async () => {
    const input = renderCombobox();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(input, 'da');
    await waitFor(() => expect(optionNames()).toEqual(['Dana Fox', 'Dan Brown', 'Add "da"']));
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);

    await userEvent.type(input, 'n');
    await waitFor(() => expect(optionNames()).toEqual(['Dana Fox', 'Dan Brown', 'Add "dan"']));
    await userEvent.clear(input);
    await userEvent.type(input, 'moss');
    await waitFor(() => expect(optionNames()).toEqual(['Eli Moss', 'Add "moss"']));
  });

  it('moves the active option with the arrow keys and takes it with Enter', async () => {
    const input = renderCombobox();
    await userEvent.type(input, 'da');
    await waitFor(() => expect(optionNames()).toHaveLength(3));
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent('Dana Fox');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('Dan Brown');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveTextContent('Dana Fox');
    await userEvent.keyboard('{ArrowDown}{Enter}');

    expect(await screen.findByRole('button', { name: 'Remove Dan Brown' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove da' })).toBeNull();
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('wraps to the last option with ArrowUp and closes with Escape', async () => {
    const input = renderCombobox();
    await userEvent.type(input, 'da');
    await waitFor(() => expect(optionNames()).toHaveLength(3));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent(
      'Add "da"',
    );
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(input).toHaveValue('da');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('creates a new person from the Add option and shows them as a chip', async () => {
    const input = renderCombobox();
    await userEvent.type(input, 'Rosa Diaz');
    await waitFor(() => expect(optionNames()).toEqual(['Add "Rosa Diaz"']));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove Rosa Diaz' })).toBeInTheDocument();
    const stored = await journal.people.search('rosa');
    expect(stored.map((person) => person.name)).toEqual(['Rosa Diaz']);
  });

  it('does not offer someone twice, nor to add a name that already exists', async () => {
    const input = renderCombobox();
    await userEvent.type(input, 'Dana Fox');
    await waitFor(() => expect(optionNames()).toEqual(['Use Dana Fox']));
    await userEvent.click(screen.getByRole('option', { name: 'Use Dana Fox' }));
    expect(screen.getByRole('button', { name: 'Remove Dana Fox' })).toBeInTheDocument();
    await userEvent.type(input, 'dana fox');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'false'));
    expect(screen.queryByRole('option', { name: 'Add "dana fox"' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Remove Dana Fox' }));
    expect(screen.queryByRole('button', { name: 'Remove Dana Fox' })).toBeNull();
    expect(input).toHaveFocus();
  });
});
