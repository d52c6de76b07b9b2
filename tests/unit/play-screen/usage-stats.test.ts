import { describe, expect, it } from 'vitest';
import {
  costOf,
  formatCost,
  percentile,
  priceOf,
  totalCost,
  totalsByAgent,
  usageOf,
} from '@/app/(table)/sessions/[id]/_components/usage-stats';
import type { AgentUsage, SessionEventData } from '@/lib/rules/session-log';
import { logged } from './fixtures';

function call(agent: AgentUsage['agent'], modelId: string, ms: number, inputTokens = 1000, outputTokens = 100): AgentUsage {
  return { agent, modelId, inputTokens, outputTokens, ms };
}

describe('prices', () => {
  it('knows a few OpenAI models, their dated snapshots and a provider prefix', () => {
    expect(priceOf('gpt-4o-mini')).toEqual({ input: 0.15, output: 0.6 });
    expect(priceOf('gpt-4o-mini-2024-07-18')).toEqual({ input: 0.15, output: 0.6 });
    expect(priceOf('openai/gpt-4.1-mini')).toEqual({ input: 0.4, output: 1.6 });
    expect(priceOf('gpt-4o-2024-08-06')).toEqual({ input: 2.5, output: 10 });
    expect(priceOf('llama-3-70b')).toBeNull();
  });

  it('costs a call per million tokens, nothing offline and n/a when unknown', () => {
    expect(costOf(call('dm', 'gpt-4o-mini', 1, 1_000_000, 1_000_000))).toBeCloseTo(0.75);
    expect(costOf(call('dm', 'gpt-4o', 1, 2000, 500))).toBeCloseTo(0.01);
    expect(costOf(call('dm', 'offline-dm', 1))).toBe(0);
    expect(costOf(call('dm', 'my-local-model', 1))).toBeNull();
  });

  it('formats sums of money, keeping the digits of small ones', () => {
    expect(formatCost(null)).toBe('n/a');
    expect(formatCost(0)).toBe('$0.00');
    expect(formatCost(0.00042)).toBe('$0.0004');
    expect(formatCost(1.254)).toBe('$1.25');
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([300, 100, 200], 95)).toBe(300);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('totalsByAgent', () => {
  it('totals calls, tokens and latency per agent, DM first', () => {
    const totals = totalsByAgent([call('player', 'offline-player', 50), call('dm', 'gpt-4o-mini', 100), call('dm', 'gpt-4o-mini', 300)]);
    expect(totals.map((t) => t.agent)).toEqual(['dm', 'player']);
    expect(totals[0]).toMatchObject({ calls: 2, inputTokens: 2000, outputTokens: 200, avgMs: 200, p95Ms: 300, models: ['gpt-4o-mini'] });
    expect(totals[0]?.cost).toBeCloseTo((2000 * 0.15 + 200 * 0.6) / 1_000_000);
    expect(totals[1]?.cost).toBe(0);
  });

  it('says n/a for an agent, and the session, once any call used an unknown model', () => {
    const totals = totalsByAgent([call('dm', 'gpt-4o-mini', 100), call('dm', 'mystery', 100), call('player', 'offline-player', 10)]);
    expect(totals[0]?.cost).toBeNull();
    expect(totalCost(totals)).toBeNull();
    expect(totalCost(totalsByAgent([call('player', 'offline-player', 10)]))).toBe(0);
  });
});

describe('usageOf', () => {
  it('collects usage from rulings and AI players, skipping events stored before usage was kept', () => {
    const dm = call('dm', 'offline-dm', 20);
    const player = call('player', 'offline-player', 5);
    // As stored before usage existed: the fields are missing, not null.
    const storedBeforeUsage = { turnId: 't2', characterId: 'kestrel', text: 'ok', checks: [], rolls: [], patches: [] } as unknown as SessionEventData['dm.narrated'];
    const events = [
      logged(1, { type: 'player.acted', data: { turnId: 't1', characterId: 'mira', characterName: 'Mira', controller: 'human', text: 'look' } }),
      logged(2, { type: 'dm.narrated', data: { turnId: 't1', characterId: 'mira', text: 'ok', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: dm } }),
      logged(3, { type: 'player.acted', data: { turnId: 't2', characterId: 'kestrel', characterName: 'Kestrel', controller: 'ai', text: 'shoot', usage: player } }),
      logged(4, { type: 'dm.narrated', data: storedBeforeUsage }),
    ];
    expect(usageOf(events)).toEqual([dm, player]);
  });
});
