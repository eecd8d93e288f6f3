import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '../../../../renderer/features/welcome/WelcomePage';
import { readWelcome } from '../../../../renderer/features/welcome/welcomeState';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import { fakeRemindersPlatform } from '../reminders/fakeRemindersPlatform';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

function renderWelcome() {
  const fake = fakeRemindersPlatform();
  const router = createMemoryRouter(
    [
      { path: '/welcome', element: <WelcomePage /> },
      { path: '/journal', element: <h1>Journal</h1> },
      { path: '/new', element: <h1>New reflection</h1> },
      { path: '/sample/journal', element: <h1>Sample</h1> },
    ],
    { initialEntries: ['/welcome'] },
  );
  render(
    <PlatformContext.Provider value={fake.platform}>
      <RouterProvider router={router} />
    </PlatformContext.Provider>,
  );
  return { ...fake, router };
}

const heading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name });

describe('the welcome', () => {
  it('walks through four screens with the current step marked and focus on each heading', async () => {
    const user = userEvent.setup();
    performance.clearMarks('welcome:shown');
    renderWelcome();
    // Start-up work waits for this mark on a first start, not for the journal's rows.
    await waitFor(() => expect(performance.getEntriesByName('welcome:shown', 'mark')).toHaveLength(1));
    expect(heading(/Welcome/)).toHaveFocus();
    const steps = screen.getByRole('list', { name: 'Welcome steps' });
    expect(steps.querySelector('[aria-current="step"]')).toHaveTextContent('What it is for');
    expect(screen.getByText('Step 1 of 4: What it is for')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading('Four principles')).toHaveFocus();
    for (const title of [
      'Empowered adults',
      'Sphere of influence',
      "Negotiate, don't manipulate",
      'Build partnerships',
    ])
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    expect(screen.getAllByText('For example:', { exact: false })).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading('Set a reflection rhythm')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading('Four principles')).toHaveFocus();
    expect(screen.getByText('Step 2 of 4: Four principles')).toBeInTheDocument();
  });

  it('sets a weekday rhythm at 17:30 only when asked, and setting it again changes the same reminder', async () => {
    const user = userEvent.setup();
    const { reminders } = renderWelcome();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(reminders.upsert).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
    expect(screen.getByLabelText('Time')).toHaveValue('17:30');

    await user.click(screen.getByRole('button', { name: 'Set reminder' }));
    await waitFor(() => expect(reminders.upsert).toHaveBeenCalledTimes(1));
    const calls = vi.mocked(reminders.upsert).mock.calls;
    const first = calls[0]?.[0];
    expect(first).toMatchObject({
      kind: 'rhythm',
      schedule: { type: 'weekdays', days: [1, 2, 3, 4, 5], time: '17:30' },
      quietIfReflected: 'day',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Reminder set: On weekdays at 17:30.');

    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await user.clear(screen.getByLabelText('Time'));
    await user.type(screen.getByLabelText('Time'), '08:15');
    await user.click(screen.getByRole('button', { name: 'Update reminder' }));
    await waitFor(() => expect(reminders.upsert).toHaveBeenCalledTimes(2));
    expect(calls[1]?.[0]).toMatchObject({ id: first?.id, schedule: { days: [1, 2, 3, 4], time: '08:15' } });
  });

  it('refuses a rhythm with no day, saying so, and saves nothing', async () => {
    const user = userEvent.setup();
    const { reminders } = renderWelcome();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await user.click(screen.getByRole('checkbox', { name: day }));
    await user.click(screen.getByRole('button', { name: 'Set reminder' }));
    expect(screen.getByText('Pick at least one day.')).toBeInTheDocument();
    expect(reminders.upsert).not.toHaveBeenCalled();
  });

  it('says so when the reminder cannot be saved', async () => {
    const user = userEvent.setup();
    const { reminders } = renderWelcome();
    reminders.upsert = async () => {
      throw new Error('the reminders file is read-only');
    };
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Set reminder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not set the reminder: the reminders file is read-only',
    );
  });

  it('Skip on any screen records it and opens the journal', async () => {
    const user = userEvent.setup();
    const { router } = renderWelcome();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(heading('Journal')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/journal');
    expect(readWelcome()?.outcome).toBe('skipped');
  });

  it('ends with a first reflection or the sample journal, and records it as done', async () => {
    const user = userEvent.setup();
    const { router } = renderWelcome();
    for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(readWelcome()).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Explore with a sample journal' }));
    expect(router.state.location.pathname).toBe('/sample/journal');
    expect(readWelcome()?.outcome).toBe('done');
  });
});
