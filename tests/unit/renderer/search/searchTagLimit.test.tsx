import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { SearchFilterControls } from '../../../../renderer/features/search/SearchFilterControls';
import type { SearchFilters } from '../../../../shared/search/searchFilters';
import { openTestJournal, Providers } from '../reflect/reflectTestHarness';

let journal: Journal;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ journal, close } = await openTestJournal());
});

afterEach(() => close());

describe('a tag filter over the limit', () => {
  it('keeps a 300-character paste whole, says it is too long, and does not run the search', async () => {
    const onChange = vi.fn<(filters: SearchFilters) => void>();
    const router = createMemoryRouter(
      [{ path: '/search', element: <SearchFilterControls filters={{}} onChange={onChange} /> }],
      { initialEntries: ['/search'] },
    );
    render(
      <Providers journal={journal}>
        <RouterProvider router={router} />
      </Providers>,
    );
    const tag = screen.getByRole('textbox', { name: 'Tag' });
    await userEvent.type(tag, 'q3');
    expect(onChange).toHaveBeenLastCalledWith({ tag: 'q3' });
    onChange.mockClear();

    const pasted = 'g'.repeat(300);
    await userEvent.clear(tag);
    onChange.mockClear();
    await userEvent.paste(pasted);

    expect(tag).toHaveValue(pasted);
    expect(tag).toHaveAttribute('aria-invalid', 'true');
    expect(tag).toHaveAccessibleDescription(
      expect.stringMatching(/No tag is this long.*250 characters over the limit of 50/),
    );
    expect(onChange).not.toHaveBeenCalled();

    // Another filter chosen meanwhile waits too: no search runs with a tag no reflection can have.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    expect(onChange).not.toHaveBeenCalled();

    await userEvent.clear(tag);
    await userEvent.type(tag, 'budget');
    expect(onChange).toHaveBeenLastCalledWith({ tag: 'budget', starred: true });
    expect(tag).not.toHaveAttribute('aria-invalid');
  });
});
