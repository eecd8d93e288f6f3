/**
 * Runs `work` and records how long it took as the performance measure `name`, so a profile (and
 * the benchmark's notes) can split a redraw into reading, building the report and drawing.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

/** The same for work that settles later. */
export async function measuredAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}
