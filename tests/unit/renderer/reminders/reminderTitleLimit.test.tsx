import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReminderForm } from '../../../../renderer/features/reminders/ReminderForm';

describe('a reminder title over the limit', () => {
  it('keeps a 300-character paste whole, says how far over it is, and refuses to add the reminder', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<ReminderForm editing={null} deviceZone="Europe/Berlin" onSave={onSave} onCancel={() => {}} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    const pasted = 'x'.repeat(300);

    await userEvent.click(title);
    await userEvent.paste(pasted);

    expect(title).toHaveValue(pasted);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(
      expect.stringContaining('100 characters over the limit of 200'),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Keep the title to 200 characters.'));
    expect(title).toHaveValue(pasted);
  });
});
