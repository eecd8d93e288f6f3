import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReminderForm } from '../../../../renderer/features/reminders/ReminderForm';

function renderForm() {
  render(<ReminderForm editing={null} deviceZone="Europe/Berlin" onSave={vi.fn()} onCancel={vi.fn()} />);
  return screen.getByRole('combobox', { name: 'Kind' });
}

describe('Reminder kinds', () => {
  it('a follow-up says what it is for and shows only a date and a time', async () => {
    const kind = renderForm();
    await userEvent.selectOptions(kind, 'Follow-up');
    expect(kind).toHaveAccessibleDescription(/next step you planned/);
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription('The day to act on the next step.');
    expect(screen.getByLabelText('Time')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Repeats' })).toBeNull();
    expect(screen.queryByLabelText(/Stay quiet/)).toBeNull();
  });

  it('after a conversation says what it is for and asks when the conversation is', async () => {
    const kind = renderForm();
    await userEvent.selectOptions(kind, 'After a conversation');
    expect(kind).toHaveAccessibleDescription(/conversation you know is coming/);
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription('The day of the conversation.');
    expect(screen.getByLabelText('Time')).toHaveAccessibleDescription(
      'When the conversation should be over.',
    );
    expect(screen.queryByRole('group', { name: 'Repeats' })).toBeNull();
    expect(screen.queryByLabelText(/Stay quiet/)).toBeNull();
  });

  it('a rhythm reminder repeats and has no date', () => {
    const kind = renderForm();
    expect(kind).toHaveAccessibleDescription(/regular nudge/);
    expect(screen.getByRole('group', { name: 'Repeats' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Date')).toBeNull();
  });

  it('keeps the hint when a field also has an error', async () => {
    const kind = renderForm();
    await userEvent.selectOptions(kind, 'Follow-up');
    await userEvent.type(screen.getByLabelText('Title'), 'Send the plan');
    await userEvent.clear(screen.getByLabelText('Date'));
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(
      'The day to act on the next step. Enter a date.',
    );
  });
});
