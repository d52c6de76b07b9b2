import type { AgentUsage, SessionEvent } from '@/lib/rules/session-log';

/** USD per million tokens, as OpenAI lists them; an estimate, not a bill. */
export const modelPrices: Readonly<Record<string, { input: number; output: number }>> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
};

/** The price of a model id, including dated snapshots ("gpt-4o-mini-2024-07-18") and an "openai/" prefix. */
export function priceOf(modelId: string): { input: number; output: number } | null {
  const id = modelId.toLowerCase().replace(/^openai[/:]/, '');
  const exact = modelPrices[id];
  if (exact) return exact;
  const snapshot = /^(.*)-\d{4}-\d{2}-\d{2}$/.exec(id);
  return (snapshot && modelPrices[snapshot[1] ?? '']) || null;
}

/** What one call cost in USD: nothing for the offline models, null when the model's price is unknown. */
export function costOf(usage: Pick<AgentUsage, 'modelId' | 'inputTokens' | 'outputTokens'>): number | null {
  if (usage.modelId.startsWith('offline-')) return 0;
  const price = priceOf(usage.modelId);
  if (!price) return null;
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}

/** Nearest-rank percentile: the smallest value at least p% of the values are at or below. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

export type AgentTotals = {
  agent: AgentUsage['agent'];
  calls: number;
  /** Every model the agent used, in the order first seen. */
  models: string[];
  inputTokens: number;
  outputTokens: number;
  avgMs: number;
  p95Ms: number;
  /** Null when any call used a model without a known price. */
  cost: number | null;
};

/** Every model call the log records: the DM's rulings and the AI players' decisions. */
export function usageOf(events: readonly SessionEvent[]): AgentUsage[] {
  return events.flatMap((e) => {
    // Events stored before usage was recorded have no `usage` at all.
    const usage = e.type === 'dm.narrated' || e.type === 'player.acted' ? e.data.usage : null;
    return usage ? [usage] : [];
  });
}

/** Totals per agent, DM first, for agents that made at least one call. */
export function totalsByAgent(usages: readonly AgentUsage[]): AgentTotals[] {
  const agents: AgentUsage['agent'][] = ['dm', 'player'];
  return agents.flatMap((agent) => {
    const mine = usages.filter((u) => u.agent === agent);
    if (mine.length === 0) return [];
    const ms = mine.map((u) => u.ms);
    const costs = mine.map(costOf);
    return [
      {
        agent,
        calls: mine.length,
        models: [...new Set(mine.map((u) => u.modelId))],
        inputTokens: mine.reduce((sum, u) => sum + u.inputTokens, 0),
        outputTokens: mine.reduce((sum, u) => sum + u.outputTokens, 0),
        avgMs: ms.reduce((sum, n) => sum + n, 0) / mine.length,
        p95Ms: percentile(ms, 95),
        cost: costs.some((c) => c === null) ? null : costs.reduce<number>((sum, c) => sum + (c ?? 0), 0),
      },
    ];
  });
}

/** The whole session's cost, or null if any part of it is unknown. */
export function totalCost(totals: readonly AgentTotals[]): number | null {
  return totals.some((t) => t.cost === null) ? null : totals.reduce((sum, t) => sum + (t.cost ?? 0), 0);
}

/** "$0.00", "$0.0042" (small sums keep their digits), "$1.25", or "n/a". */
export function formatCost(cost: number | null): string {
  if (cost === null) return 'n/a';
  if (cost > 0 && cost < 0.01) return `$${cost.toFixed(4)}`;
  return `$${cost.toFixed(2)}`;
}

export function formatMs(ms: number): string {
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

export function formatTokens(n: number): string {
  return n.toLocaleString('en-US');
}
