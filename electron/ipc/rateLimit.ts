/**
 * Lets `handler` run at most once per `intervalMs`; a call that comes sooner gets `tooSoon()`
 * instead, as an ordinary answer rather than an error. A page stuck in a loop (or a held-down
 * Enter key) cannot flood the system's notification centre.
 */
export function oncePer<A extends unknown[], R>(
  intervalMs: number,
  now: () => number,
  handler: (...args: A) => R,
  tooSoon: () => Awaited<R>,
): (...args: A) => R | Promise<Awaited<R>> {
  let lastRunAt = Number.NEGATIVE_INFINITY;
  return (...args: A) => {
    const at = now();
    if (at - lastRunAt < intervalMs) return Promise.resolve(tooSoon());
    lastRunAt = at;
    return handler(...args);
  };
}
