import type { LanguageModel } from 'ai';
import type { AgentBus, Unsubscribe } from '@/lib/bus';
import { modelFor } from '@/lib/ai/models';
import type { AppConfig, HostableAgent } from '@/lib/config';
import { startDmAgent } from './dm-agent';
import { startGeneratorAgent } from './generator-agent';
import { startPlayerAgent } from './player-agent';

/** Models to use instead of the configured ones, by agent (benchmarks and tests that watch the prompts). */
export type ModelOverrides = Partial<Record<HostableAgent, LanguageModel>>;

/** Subscribes the named agents to the bus; the returned function stops them all. */
export async function startAgents(
  bus: AgentBus,
  config: AppConfig,
  agents: readonly HostableAgent[],
  models: ModelOverrides = {},
): Promise<Unsubscribe> {
  const starters: Record<HostableAgent, () => Promise<Unsubscribe>> = {
    dm: () => startDmAgent({ bus, model: models.dm ?? modelFor('dm', config.model), attemptTimeoutMs: config.agentTimeoutMs }),
    player: () =>
      startPlayerAgent({ bus, model: models.player ?? modelFor('player', config.model), decideTimeoutMs: config.agentTimeoutMs }),
    generator: () => startGeneratorAgent({ bus, timeoutMs: config.agentTimeoutMs }),
  };
  const stops = await Promise.all(agents.map((agent) => starters[agent]()));
  return async () => {
    for (const stop of stops) await stop();
  };
}
