import { Counter, Histogram, type Registry } from 'prom-client';
import type { AgentUsage, NewSessionEvent } from '@/lib/rules/session-log';

/** Model tokens and call latency per agent, beside the bus's numbers in the same Prometheus registry. */
export class ModelMetrics {
  private readonly tokens: Counter<'agent' | 'direction' | 'model'>;
  private readonly latency: Histogram<'agent' | 'model'>;

  constructor(registry: Registry) {
    this.tokens = new Counter({
      name: 'roundtable_model_tokens_total',
      help: 'Tokens the models read (input) and wrote (output), per agent and model',
      labelNames: ['agent', 'direction', 'model'] as const,
      registers: [registry],
    });
    this.latency = new Histogram({
      name: 'roundtable_model_call_seconds',
      help: 'Time one agent turn spent in its model calls',
      labelNames: ['agent', 'model'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers: [registry],
    });
  }

  record(usage: AgentUsage): void {
    this.tokens.inc({ agent: usage.agent, direction: 'input', model: usage.modelId }, usage.inputTokens);
    this.tokens.inc({ agent: usage.agent, direction: 'output', model: usage.modelId }, usage.outputTokens);
    this.latency.observe({ agent: usage.agent, model: usage.modelId }, usage.ms / 1000);
  }

  /** Counts the usage a committed turn carries: the DM's ruling and the AI player's decision. */
  recordEvents(events: readonly NewSessionEvent[]): void {
    for (const event of events) {
      if ((event.type === 'dm.narrated' || event.type === 'player.acted') && event.data.usage) this.record(event.data.usage);
    }
  }
}
