/** Latency and throughput of `total` operations run `concurrency` at a time. */
export type LoadResult = { requests: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

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
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    requests: options.total,
    seconds: round(seconds),
    requestsPerSecond: Math.round(options.total / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
}
