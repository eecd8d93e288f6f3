/**
 * Runs one step of an export or import and leaves a `performance` measure named `data:<name>`
 * behind, so a profile or the G5/G6 bench can say where the time went. Costs nothing noticeable.
 */
export async function measureStep<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    performance.measure(`data:${name}`, { start, end: performance.now() });
  }
}
