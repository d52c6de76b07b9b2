import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AgentName } from '@/lib/messages';

export type AgentMetrics = {
  processed: number;
  errors: number;
  retries: number;
  deadLetters: number;
  handlingMs: { p50: number; p95: number; p99: number; count: number };
};

const QUANTILES = [0.5, 0.95, 0.99] as const;
const BUCKETS_SECONDS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

type BucketValue = { labels: Record<string, string | number>; value: number; metricName?: string };

/**
 * The quantile of a cumulative histogram, interpolated within its bucket as
 * Prometheus's histogram_quantile does.
 */
export function histogramQuantile(q: number, buckets: Array<{ le: number; count: number }>): number {
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return 0;
  const rank = q * total;
  let previous = { le: 0, count: 0 };
  for (const bucket of buckets) {
    if (bucket.count >= rank) {
      if (!Number.isFinite(bucket.le)) return previous.le;
      const inBucket = bucket.count - previous.count;
      return inBucket === 0 ? bucket.le : previous.le + ((bucket.le - previous.le) * (rank - previous.count)) / inBucket;
    }
    previous = bucket;
  }
  return previous.le;
}

/**
 * Per-agent counters and handling times in a Prometheus registry. Handling
 * times are a histogram (cheap to record, and it adds up across worker
 * processes); p50/p95/p99 are derived from it when scraped.
 */
export class BusMetrics {
  readonly registry: Registry;
  private readonly processed: Counter<'agent'>;
  private readonly errors: Counter<'agent'>;
  private readonly retries: Counter<'agent'>;
  private readonly deadLetters: Counter<'agent'>;
  private readonly handling: Histogram<'agent'>;

  constructor(registry = new Registry()) {
    this.registry = registry;
    const counter = (name: string, help: string) =>
      new Counter({ name, help, labelNames: ['agent'] as const, registers: [registry] });
    this.processed = counter('roundtable_bus_messages_processed_total', 'Messages an agent handled successfully');
    this.errors = counter('roundtable_bus_handler_errors_total', 'Handler failures (thrown errors and timeouts)');
    this.retries = counter('roundtable_bus_retries_total', 'Messages sent again after a failed attempt');
    this.deadLetters = counter('roundtable_bus_dead_letters_total', 'Messages moved to the dead-letter queue');
    this.handling = new Histogram({
      name: 'roundtable_bus_handling_seconds',
      help: 'Time an agent spent handling one message',
      labelNames: ['agent'] as const,
      buckets: BUCKETS_SECONDS,
      registers: [registry],
    });
    const metrics = this;
    new Gauge({
      name: 'roundtable_bus_handling_quantile_seconds',
      help: 'Handling time p50, p95 and p99 per agent, from roundtable_bus_handling_seconds',
      labelNames: ['agent', 'quantile'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const [agent, quantiles] of await metrics.quantiles()) {
          for (const q of QUANTILES) this.set({ agent, quantile: String(q) }, quantiles[q]);
        }
      },
    });
  }

  /** Bound per agent once: labelling each observation would hash the labels every time. */
  private readonly byAgent = new Map<
    AgentName,
    { processed: ReturnType<Counter<'agent'>['labels']>; handling: ReturnType<Histogram<'agent'>['labels']> }
  >();

  handled(agent: AgentName, ms: number): void {
    let bound = this.byAgent.get(agent);
    if (!bound) {
      bound = { processed: this.processed.labels(agent), handling: this.handling.labels(agent) };
      this.byAgent.set(agent, bound);
    }
    bound.processed.inc();
    bound.handling.observe(ms / 1000);
  }

  failed(agent: AgentName): void {
    this.errors.inc({ agent });
  }

  retried(agent: AgentName): void {
    this.retries.inc({ agent });
  }

  deadLettered(agent: AgentName): void {
    this.deadLetters.inc({ agent });
  }

  /** The numbers for one agent, as the ops pages and tests read them. */
  async forAgent(agent: AgentName): Promise<AgentMetrics> {
    const value = async (metric: Counter<'agent'>) =>
      (await metric.get()).values.find((v) => v.labels.agent === agent)?.value ?? 0;
    const quantiles = (await this.quantiles()).get(agent);
    const count = ((await this.handling.get()).values as BucketValue[]).find(
      (v) => v.labels.agent === agent && v.metricName === 'roundtable_bus_handling_seconds_count',
    )?.value;
    const ms = (q: (typeof QUANTILES)[number]) => (quantiles?.[q] ?? 0) * 1000;
    return {
      processed: await value(this.processed),
      errors: await value(this.errors),
      retries: await value(this.retries),
      deadLetters: await value(this.deadLetters),
      handlingMs: { p50: ms(0.5), p95: ms(0.95), p99: ms(0.99), count: count ?? 0 },
    };
  }

  private async quantiles(): Promise<Map<string, Record<(typeof QUANTILES)[number], number>>> {
    const byAgent = new Map<string, Array<{ le: number; count: number }>>();
    for (const v of (await this.handling.get()).values as BucketValue[]) {
      if (v.metricName !== 'roundtable_bus_handling_seconds_bucket') continue;
      const agent = String(v.labels.agent);
      const le = v.labels.le === '+Inf' ? Infinity : Number(v.labels.le);
      byAgent.set(agent, [...(byAgent.get(agent) ?? []), { le, count: v.value }]);
    }
    const result = new Map<string, Record<(typeof QUANTILES)[number], number>>();
    for (const [agent, buckets] of byAgent) {
      buckets.sort((a, b) => a.le - b.le);
      result.set(agent, { 0.5: histogramQuantile(0.5, buckets), 0.95: histogramQuantile(0.95, buckets), 0.99: histogramQuantile(0.99, buckets) });
    }
    return result;
  }
}
