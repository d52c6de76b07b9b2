/** Latency and throughput of a run of operations, some at a time. */
export type LoadResult = { requests: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function runLoad(options: { concurrency: number; total: number; op: (i: number) => Promise<unknown> }): Promise<LoadResult> {
  const latencies = new Float64Array(options.total);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.total) {
      const i = next++;
      const t = performance.now();
      await options.op(i);
      latencies[i] = performance.now() - t;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  return {
    requests: options.total,
    seconds: round(seconds),
    requestsPerSecond: Math.round(options.total / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
}

/**
 * Keeps `inFlight` operations going for a warm-up and then `seconds` more,
 * counting only those that finish in the measured window: the steady state,
 * without the ramp at the start or the drain at the end.
 */
export async function runSteady(options: {
  inFlight: number;
  warmUpSeconds: number;
  seconds: number;
  op: (i: number) => Promise<unknown>;
}): Promise<LoadResult> {
  const from = performance.now() + options.warmUpSeconds * 1000;
  const until = from + options.seconds * 1000;
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      await options.op(next++);
      const done = performance.now();
      if (done >= from && done < until) latencies.push(done - t);
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds: options.seconds,
    requestsPerSecond: Math.round((sorted.length / options.seconds) * 10) / 10,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
}
