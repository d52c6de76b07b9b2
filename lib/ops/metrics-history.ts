import type { AgentMetrics, BusMetrics } from '@/lib/bus/metrics';
import type { AgentName } from '@/lib/messages';

export type MetricsSample = { at: string; agents: Partial<Record<AgentName, AgentMetrics>> };

const AGENTS: AgentName[] = ['dm', 'player', 'generator', 'assistant', 'chronicler'];

/**
 * The bus's per-agent numbers sampled every few seconds, so the ops page can
 * draw them over time; an hour is kept, in memory (Prometheus keeps longer).
 */
export class MetricsHistory {
  private readonly samples: MetricsSample[] = [];
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly metrics: BusMetrics,
    everyMs = 5_000,
    private readonly keep = 720,
  ) {
    this.timer = setInterval(() => void this.sample(), everyMs);
    this.timer.unref?.();
    void this.sample();
  }

  async sample(): Promise<void> {
    const agents: MetricsSample['agents'] = {};
    for (const agent of AGENTS) agents[agent] = await this.metrics.forAgent(agent);
    this.samples.push({ at: new Date().toISOString(), agents });
    if (this.samples.length > this.keep) this.samples.shift();
  }

  all(): MetricsSample[] {
    return [...this.samples];
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
