import type { ImageModel, LanguageModel } from 'ai';
import type { AgentBus, Unsubscribe } from '@/lib/bus';
import { imageModelFor, modelFor } from '@/lib/ai/models';
import type { AssetStores } from '@/lib/assets/store';
import type { AppConfig, HostableAgent } from '@/lib/config';
import type { Database } from '@/lib/db/types';
import type { Embedder } from '@/lib/ai/embedding-models';
import { searchRules } from '@/lib/rulebooks/search';
import type { RuleCitation } from '@/lib/rules/session-log';
import { startAssistantAgent } from './assistant-agent';
import { startChroniclerAgent } from './chronicler-agent';
import { startDmAgent } from './dm-agent';
import { drawForDraft } from './draft-visuals';
import { startGeneratorAgent } from './generator-agent';
import { startPlayerAgent } from './player-agent';

/** Models to use instead of the configured ones (benchmarks and tests that watch the prompts). */
export type ModelOverrides = Partial<Record<Exclude<HostableAgent, 'generator'>, LanguageModel>> & { generator?: ImageModel };

/** What agents that keep or read things need: the assistant stores pictures, the DM searches imported rulebooks. */
export type AgentStorage = { db: Database; assets: AssetStores; embedder: Embedder };

/** Passages of the table's rulebooks for a question, as the DM cites them. */
function rulebookSearch(storage: AgentStorage) {
  return async (query: string, ruleSystemIds: string[]): Promise<RuleCitation[]> => {
    const { hits } = await searchRules(storage, { ruleSystemIds, query, limit: 3 });
    return hits.map((hit) => ({ source: hit.ruleSystemName, section: hit.heading, page: hit.pageStart, text: hit.text }));
  };
}

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
        searchRulebooks: storage ? rulebookSearch(storage) : undefined,
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
      return startChroniclerAgent({ bus, storage: { db: storage.db, embedder: storage.embedder }, timeoutMs: config.agentTimeoutMs, concurrency });
    },
  };
  const stops = await Promise.all(agents.map((agent) => starters[agent]()));
  return async () => {
    for (const stop of stops) await stop();
  };
}
