import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each test: the start-up phase is module state. */
async function loadStartupPhase() {
  vi.resetModules();
  return import('../../../../renderer/app/startupPhase');
}

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('start-up phase', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('lets everything run at once when no start-up is in progress', async () => {
    const { useStartupSettled, whenStartupSettled } = await loadStartupPhase();
    function Probe() {
      return <p>{useStartupSettled() ? 'settled' : 'starting'}</p>;
    }
    render(<Probe />);
    expect(screen.getByText('settled')).toBeInTheDocument();
    await expect(whenStartupSettled()).resolves.toBeUndefined();
  });

  it('holds waiting work until the first rows are in and a frame has painted', async () => {
    const { beginStartup, useStartupSettled, whenStartupSettled } = await loadStartupPhase();
    const firstRows = deferred();
    beginStartup(firstRows.promise);
    function Probe() {
      return <p>{useStartupSettled() ? 'settled' : 'starting'}</p>;
    }
    render(<Probe />);
    let ran = false;
    void whenStartupSettled().then(() => (ran = true));
    // Two painted frames: long enough for anything not waiting on the first rows to have run.
    for (let frame = 0; frame < 2; frame += 1) {
      await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    expect(screen.getByText('starting')).toBeInTheDocument();
    expect(ran).toBe(false);
    firstRows.resolve();
    expect(await screen.findByText('settled')).toBeInTheDocument();
    expect(ran).toBe(true);
    // A component mounted afterwards starts settled.
    render(<Probe />);
    expect(screen.getAllByText('settled')).toHaveLength(2);
  });

  it('settles too when the first rows could not be read, so nothing waits forever', async () => {
    const { beginStartup, whenStartupSettled } = await loadStartupPhase();
    const firstRows = deferred();
    beginStartup(firstRows.promise);
    firstRows.reject(new Error('The database is blocked.'));
    await expect(whenStartupSettled()).resolves.toBeUndefined();
  });

  it('waits for a performance mark, or gives up waiting after the timeout', async () => {
    const { whenMarked } = await loadStartupPhase();
    let marked = false;
    void whenMarked('test:rows-shown', 10_000).then(() => (marked = true));
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(marked).toBe(false);
    performance.mark('test:rows-shown');
    await vi.waitFor(() => expect(marked).toBe(true));
    // Already marked: settles at once.
    await expect(whenMarked('test:rows-shown', 10_000)).resolves.toBeUndefined();
    // Any one of several marks will do: the welcome stands in for the rows on a first start.
    let either = false;
    void whenMarked(['test:rows-again', 'test:welcome-shown'], 10_000).then(() => (either = true));
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(either).toBe(false);
    performance.mark('test:welcome-shown');
    await vi.waitFor(() => expect(either).toBe(true));
    // Never marked: the timeout lets waiting work go ahead.
    vi.useFakeTimers();
    const late = whenMarked('test:never-marked', 3_000);
    vi.advanceTimersByTime(3_000);
    await expect(late).resolves.toBeUndefined();
    vi.useRealTimers();
  });
});
