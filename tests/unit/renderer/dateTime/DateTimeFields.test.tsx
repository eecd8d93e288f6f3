import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCurrentDateTimeStyle } from '../../../../renderer/features/dateTime/currentDateTimeStyle';
import { DateField } from '../../../../renderer/ui/DateField';
import { DateTimeField } from '../../../../renderer/ui/DateTimeField';
import { TimeField } from '../../../../renderer/ui/TimeField';

afterEach(() => setCurrentDateTimeStyle(null));

type AnyField = typeof DateField | typeof TimeField | typeof DateTimeField;

/** A field held by a parent, as forms hold them; every value given out is recorded. */
function renderField(Field: AnyField, label: string, initial = '') {
  const given = vi.fn<(value: string) => void>();
  function Holder() {
    const [value, setValue] = useState(initial);
    return (
      <>
        <Field
          id="field"
          label={label}
          value={value}
          onChange={(next) => {
            given(next);
            setValue(next);
          }}
        />
        <button type="button">Elsewhere</button>
      </>
    );
  }
  render(<Holder />);
  return { input: screen.getByRole('textbox', { name: label }), given };
}

describe('date field', () => {
  it('shows the stored date in the chosen order and hints at the form', () => {
    const { input } = renderField(DateField, 'Follow-up date', '2026-03-02');
    expect(input).toHaveValue('02/03/2026');
    expect(input).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  });

  it('gives out the stored form for a date typed day first, tidied on leaving', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(DateField, 'Follow-up date');
    await user.type(input, '2.3.2026');
    expect(given).toHaveBeenLastCalledWith('2026-03-02');
    await user.tab();
    expect(input).toHaveValue('02/03/2026');
  });

  it('reads month first when that is chosen', async () => {
    setCurrentDateTimeStyle({ hour12: true, order: 'mdy' });
    const user = userEvent.setup();
    const { input, given } = renderField(DateField, 'Follow-up date');
    expect(input).toHaveAttribute('placeholder', 'mm/dd/yyyy');
    await user.type(input, '3/2/2026');
    await user.tab();
    expect(given).toHaveBeenLastCalledWith('2026-03-02');
    expect(input).toHaveValue('03/02/2026');
  });

  it('always takes the stored form, as a pasted or filled value', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(DateField, 'From');
    await user.click(input);
    await user.paste('2026-03-02');
    expect(given).toHaveBeenLastCalledWith('2026-03-02');
  });

  it('says what is wrong with a date that does not exist, keeps the text and gives out no date', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(DateField, 'Follow-up date', '2026-03-02');
    await user.type(input, '{End}x');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Follow-up date: "02/03/2026x"');
    // Left unreadable, the field holds no date, so a form cannot save the old one in its place.
    expect(given).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('02/03/2026x');
    await user.clear(input);
    given.mockClear();
    await user.type(input, '30/02/2026');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Follow-up date: there is no 30 February 2026. Write it as dd/mm/yyyy.',
    );
    expect(input).toHaveValue('30/02/2026');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(given).not.toHaveBeenCalledWith(expect.stringMatching(/\d/));
    // Put right, the message goes and the value is given out.
    await user.clear(input);
    await user.type(input, '28/02/2026');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(given).toHaveBeenLastCalledWith('2026-02-28');
  });

  it('steps the part under the caret with the arrow keys', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(DateField, 'From', '2026-01-31');
    await user.click(input);
    (input as HTMLInputElement).setSelectionRange(0, 0);
    await user.keyboard('{ArrowUp}');
    expect(given).toHaveBeenLastCalledWith('2026-02-01');
    (input as HTMLInputElement).setSelectionRange(7, 7);
    await user.keyboard('{ArrowDown}');
    expect(given).toHaveBeenLastCalledWith('2025-02-01');
    expect(input).toHaveValue('01/02/2025');
  });

  it('keeps a calendar button beside the field', () => {
    renderField(DateField, 'From');
    expect(screen.getByRole('button', { name: 'Open calendar' })).toBeVisible();
  });
});

describe('time field', () => {
  it('reads 12-hour times and shows them back that way', async () => {
    setCurrentDateTimeStyle({ hour12: true, order: 'dmy' });
    const user = userEvent.setup();
    const { input, given } = renderField(TimeField, 'Time', '21:30');
    expect(input).toHaveValue('9:30 pm');
    expect(input).toHaveAttribute('placeholder', 'hh:mm am/pm');
    await user.clear(input);
    await user.type(input, '12:15 am');
    await user.tab();
    expect(given).toHaveBeenLastCalledWith('00:15');
    expect(input).toHaveValue('12:15 am');
  });

  it('reads "9.30" as 09:30 on a 24-hour clock and takes a filled "09:30"', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(TimeField, 'Time');
    await user.type(input, '9.30');
    await user.tab();
    expect(given).toHaveBeenLastCalledWith('09:30');
    expect(input).toHaveValue('09:30');
  });

  it('names the field and the form when a time cannot be read', async () => {
    const user = userEvent.setup();
    const { input } = renderField(TimeField, 'From');
    await user.type(input, '25:00{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('From: a day has no hour 25. Write it as hh:mm.');
    expect(input).toHaveAccessibleDescription('From: a day has no hour 25. Write it as hh:mm.');
  });

  it('has no calendar button', () => {
    renderField(TimeField, 'Time');
    expect(screen.queryByRole('button', { name: 'Open calendar' })).toBeNull();
  });
});

describe('date and time field', () => {
  it('reads a date and a 12-hour time in month-first order', async () => {
    setCurrentDateTimeStyle({ hour12: true, order: 'mdy' });
    const user = userEvent.setup();
    const { input, given } = renderField(DateTimeField, 'When did it happen?', '2026-03-02T09:30');
    expect(input).toHaveValue('03/02/2026 9:30 am');
    await user.clear(input);
    await user.type(input, '3/4/2026 9:45 pm');
    await user.tab();
    expect(given).toHaveBeenLastCalledWith('2026-03-04T21:45');
    expect(input).toHaveValue('03/04/2026 9:45 pm');
  });

  it('takes the stored form a test or a paste gives', async () => {
    const user = userEvent.setup();
    const { input, given } = renderField(DateTimeField, 'When did it happen?');
    await user.click(input);
    await user.paste('2026-03-02T09:30');
    expect(given).toHaveBeenLastCalledWith('2026-03-02T09:30');
  });

  it('asks for the time when only a date was typed', async () => {
    const user = userEvent.setup();
    const { input } = renderField(DateTimeField, 'When did it happen?');
    await user.type(input, '02/03/2026');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'When did it happen?: it needs a time after the date. Write it as dd/mm/yyyy hh:mm.',
    );
  });
});
