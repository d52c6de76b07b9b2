import { describe, expect, it } from 'vitest';
import { createRequest } from '@/lib/messages';
import { traceable } from '@/lib/ops/trace-redaction';

const route = { fromAgent: 'system', toAgent: 'dm', sessionId: 's1', timeout: 1000 } as const;

describe('a traced message', () => {
  it('never keeps a dice key, and keeps per-roll seeds', () => {
    const message = createRequest({ ...route, action: 'resolve_action', parameters: { seed: 42, state: { seed: 'secret-key', rollCount: 3 } } });
    const kept = traceable(message).payload as unknown as { parameters: { seed: number; state: Record<string, unknown> } };
    expect(kept.parameters.seed).toBe(42);
    expect(kept.parameters.state).toEqual({ rollCount: 3 });
    expect(JSON.stringify(kept)).not.toContain('secret-key');
  });

  it('keeps a small message whole', () => {
    const message = createRequest({ ...route, action: 'resolve_action', parameters: { text: 'I open the door', list: [1, 2, 3] } });
    expect(traceable(message).payload).toEqual(message.payload);
  });

  it('keeps what was asked of a large message and measures the game state in its place', () => {
    const party = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, name: `Character ${i}`, notes: 'x'.repeat(200), seed: 'secret-key' }));
    const message = createRequest({ ...route, action: 'resolve_action', parameters: { text: 'I open the door', characterId: 'c1', state: { party, rollCount: 7 } } });
    const kept = traceable(message).payload as unknown as { action: string; parameters: { text: string; characterId: string; state: { party: string; rollCount: number } } };
    expect(kept.action).toBe('resolve_action');
    expect(kept.parameters.text).toBe('I open the door');
    expect(kept.parameters.characterId).toBe('c1');
    expect(kept.parameters.state.rollCount).toBe(7);
    expect(kept.parameters.state.party).toBe('[left out of the trace: 40 items]');
    expect(JSON.stringify(kept).length).toBeLessThan(1024);
    expect(JSON.stringify(kept)).not.toContain('secret-key');
  });
});
