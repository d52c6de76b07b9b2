import type { ImageModel, LanguageModel } from 'ai';
import type { AgentBus, Unsubscribe } from '@/lib/bus';
import { imageModelFor, modelFor } from '@/lib/ai/models';
import { modelChronicleWriter } from '@/lib/ai/chronicle-model';
import type { AssetStores } from '@/lib/assets/store';
import type { AppConfig, HostableAgent } from '@/lib/config';
import type { Database } from '@/lib/db/types';
import type { Embedder } from '@/lib/ai/embedding-models';
import type { ChronicleDeps } from '@/lib/memory/chronicle';
import { rulebookSearch } from '@/lib/rulebooks/rule-citations';
import { startAssistantAgent } from './assistant-agent';
import { startChroniclerAgent } from './chronicler-agent';
import { startDmAgent } from './dm-agent';
import { drawForDraft } from './draft-visuals';
import { startGeneratorAgent } from './generator-agent';
import { startPlayerAgent } from './player-agent';

/** Models to use instead of the configured ones (benchmarks and tests that watch the prompts). */
export type ModelOverrides = Partial<Record<Exclude<HostableAgent, 'generator'>, LanguageModel>> & { generator?: ImageModel };

/** What agents that keep or read things need: the assistant stores pictures, the DM searches imported rulebooks. */
export type AgentStorage = { db: Database; assets: AssetStores; embedder: Embedder; memory?: ChronicleDeps };

/** Subscribes the named agents to the bus; the returned function stops them all. */
export async function startAgents(
  bus: AgentBus,
  config: AppConfig,
  agents: readonly HostableAgent[],
  options: { models?: ModelOverrides; storage?: AgentStorage } = {},
): Promise<Unsubscribe> {
  const { models = {}, storage } = options;
  const concurrency = config.agentConcurrency;
  const starters: Record<HostableAgent, () => Promise<Unsubscribe>> = {
    dm: () =>
      startDmAgent({
        bus,
        model: models.dm ?? modelFor('dm', config.model),
        attemptTimeoutMs: config.agentTimeoutMs,
        searchRulebooks: storage ? (query, ruleSystemIds) => rulebookSearch(storage, ruleSystemIds)(query) : undefined,
        concurrency,
      }),
    player: () =>
      startPlayerAgent({ bus, model: models.player ?? modelFor('player', config.model), decideTimeoutMs: config.agentTimeoutMs, concurrency }),
    generator: () =>
      startGeneratorAgent({ bus, timeoutMs: config.agentTimeoutMs, imageModel: models.generator ?? imageModelFor(config.model), concurrency }),
    assistant: () => {
      if (!storage) throw new Error('The Campaign Assistant keeps drafts\' pictures: it needs the database (set DATABASE_URL for a worker)');
      return startAssistantAgent({
        bus,
        model: models.assistant ?? modelFor('assistant', config.model),
        attemptTimeoutMs: config.agentTimeoutMs,
        draw: (request) => drawForDraft({ ...storage, bus, ...request }),
        concurrency,
      });
    },
    chronicler: () => {
      if (!storage) throw new Error('The Chronicler keeps the campaign\'s memory: it needs the database (set DATABASE_URL for a worker)');
      return startChroniclerAgent({ bus, storage: storage.memory ?? { db: storage.db, embedder: storage.embedder, writer: config.model.kind === 'openai' ? modelChronicleWriter(modelFor('assistant', config.model)) : undefined }, timeoutMs: config.agentTimeoutMs, concurrency });
    },
  };
  const stops = await Promise.all(agents.map((agent) => starters[agent]()));
  return async () => {
    for (const stop of stops) await stop();
  };
}
