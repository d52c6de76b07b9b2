/** A health check is taken to come in this often. */
const PROBE_MS = 10;

export type LoopDelay = { p99Ms: number; maxMs: number };

/**
 * How long requests to this thread would wait while it works: a probe is due
 * every 10 ms, as if a health check came in that often, and each waits until
 * the event loop is free. A timer that fires L ms late stands for every probe
 * that fell due meanwhile (waits L, L - 10, ...). Node's monitorEventLoopDelay
 * counts such a stall once however long it lasts, so a loop held for 15 s in
 * a 20 s run barely moves its p99, where most health checks in that run would
 * have waited seconds.
 */
export function watchEventLoop(): { stop: () => Promise<LoopDelay> } {
  const waits: number[] = [];
  let due = performance.now() + PROBE_MS;
  let stopped = false;
  const probe = () => {
    const now = performance.now();
    for (; due <= now; due += PROBE_MS) waits.push(now - due);
    if (!stopped) timer = setTimeout(probe, Math.max(0, due - now));
  };
  let timer = setTimeout(probe, PROBE_MS);
  return {
    async stop() {
      // A stall that ends with the work is counted once the loop turns again.
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
      stopped = true;
      clearTimeout(timer);
      const sorted = waits.sort((a, b) => a - b);
      const p99 = sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
      return { p99Ms: p99, maxMs: sorted.at(-1) ?? 0 };
    },
  };
}
