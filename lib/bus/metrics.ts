import { Counter, Registry, Summary } from 'prom-client';
import type { AgentName } from '@/lib/messages';

export type AgentMetrics = {
  processed: number;
  errors: number;
  retries: number;
  deadLetters: number;
  handlingMs: { p50: number; p95: number; p99: number; count: number };
};

/** Per-agent counters and handling-time quantiles, kept in a Prometheus registry. */
export class BusMetrics {
  readonly registry: Registry;
  private readonly processed: Counter<'agent'>;
  private readonly errors: Counter<'agent'>;
  private readonly retries: Counter<'agent'>;
  private readonly deadLetters: Counter<'agent'>;
  private readonly handling: Summary<'agent'>;

  constructor(registry = new Registry()) {
    this.registry = registry;
    const counter = (name: string, help: string) =>
      new Counter({ name, help, labelNames: ['agent'] as const, registers: [registry] });
    this.processed = counter('roundtable_bus_messages_processed_total', 'Messages an agent handled successfully');
    this.errors = counter('roundtable_bus_handler_errors_total', 'Handler failures (thrown errors and timeouts)');
    this.retries = counter('roundtable_bus_retries_total', 'Messages sent again after a failed attempt');
    this.deadLetters = counter('roundtable_bus_dead_letters_total', 'Messages moved to the dead-letter queue');
    this.handling = new Summary({
      name: 'roundtable_bus_handling_seconds',
      help: 'Time an agent spent handling one message',
      labelNames: ['agent'] as const,
      percentiles: [0.5, 0.95, 0.99],
      maxAgeSeconds: 600,
      ageBuckets: 5,
      registers: [registry],
    });
  }

  handled(agent: AgentName, ms: number): void {
    this.processed.inc({ agent });
    this.handling.observe({ agent }, ms / 1000);
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
    const summary = (await this.handling.get()).values.filter((v) => v.labels.agent === agent);
    const quantile = (q: number) =>
      (summary.find((v) => (v.labels as Record<string, unknown>).quantile === q)?.value ?? 0) * 1000;
    const count = summary.find((v) => v.metricName === 'roundtable_bus_handling_seconds_count')?.value ?? 0;
    return {
      processed: await value(this.processed),
      errors: await value(this.errors),
      retries: await value(this.retries),
      deadLetters: await value(this.deadLetters),
      handlingMs: { p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99), count },
    };
  }
}
