import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { PersonCombobox } from '../../../../renderer/features/reflect/PersonCombobox';
import { TagInput } from '../../../../renderer/features/reflect/TagInput';
import { openTestJournal, Providers } from './reflectTestHarness';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
});

afterEach(() => close());

function People() {
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

function Tags() {
  const [tags, setTags] = useState<readonly string[]>([]);
  return (
    <TagInput
      id="tags"
      label="Tags"
      tags={tags}
      onAdd={(added) => setTags((current) => [...current, ...added.map((tag) => tag.trim())])}
      onRemove={(tag) => setTags((current) => current.filter((t) => t !== tag))}
    />
  );
}

describe('a person name over the limit', () => {
  it('keeps a 300-character paste whole, says how far over it is, and offers no one to add', async () => {
    render(
      <Providers journal={journal}>
        <People />
      </Providers>,
    );
    const input = screen.getByRole('combobox', { name: 'Who was it with?' });
    const pasted = 'n'.repeat(300);
    await userEvent.click(input);
    await userEvent.paste(pasted);

    expect(input).toHaveValue(pasted);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('100 characters over the limit of 200'),
    );
    await userEvent.keyboard('{Enter}');
    expect(input).toHaveValue(pasted);
    expect(screen.queryByRole('list', { name: 'People in this conversation' })).not.toBeInTheDocument();
    expect(await journal.people.all()).toEqual([]);

    // Cut to fit, it is offered and added whole.
    await userEvent.clear(input);
    await userEvent.paste('n'.repeat(200));
    await waitFor(() =>
      expect(screen.getByRole('option', { name: `Add "${'n'.repeat(200)}"` })).toBeVisible(),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await journal.people.all()).map(({ name }) => name)).toEqual(['n'.repeat(200)]),
    );
  });
});

describe('a tag over the limit', () => {
  it('keeps a 300-character paste whole in the box, says how far over it is, and adds only the tags that fit', async () => {
    render(
      <Providers journal={journal}>
        <Tags />
      </Providers>,
    );
    const input = screen.getByRole('textbox', { name: 'Tags' });
    const long = 't'.repeat(300);
    await userEvent.click(input);
    await userEvent.paste(`budget, ${long}, launch`);

    const added = screen.getByRole('list', { name: 'Tags added' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['budget×']);
    expect(input).toHaveValue(` ${long}, launch`);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('250 characters over the limit of 50'));

    // Enter and leaving the field both refuse it: it stays whole in the box.
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(input).toHaveValue(` ${long}, launch`);
    expect(within(added).getAllByRole('listitem')).toHaveLength(1);
  });
});
