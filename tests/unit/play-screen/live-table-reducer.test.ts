import { describe, expect, it } from 'vitest';
import { liveTableReducer, type LiveTable } from '@/app/(table)/sessions/[id]/_components/live-table-reducer';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { logged, tableState } from './fixtures';

const started = logged(1, { type: 'session.started', data: { campaignTitle: 'Shrine', scene: tableState().scene } });

function table(): LiveTable {
  const status = { phase: 'awaitingAction', turnId: null, characterId: null, action: null, error: null, paused: false } as const;
  return { events: [started], state: tableState(), version: 3, status, people: [], drafts: {}, connected: true, gap: false, removed: [] };
}

const live = (event: LiveEvent) => ({ type: 'live', event }) as const;

describe('liveTableReducer', () => {
  it('keeps the whole game state the feed sends, fight included', () => {
    const fighting = tableState({ combat: { round: 1, order: [{ id: 'mira', initiative: 12 }], turnIndex: 0, turn: { movementUsed: 0, movementBonus: 0, actionUsed: false, bonusActionUsed: false, attacksLeft: 0 }, dodging: [], reactionsUsed: [], opportunities: [] } });
    const next = liveTableReducer(table(), live({ kind: 'state', state: fighting, version: 4 }));
    expect(next.state.combat?.round).toBe(1);
    expect(next.version).toBe(4);
  });

  it('ignores a state older than, or the same as, the one it has', () => {
    const before = table();
    expect(liveTableReducer(before, live({ kind: 'state', state: tableState({ creatures: [] }), version: 3 }))).toBe(before);
    expect(liveTableReducer(before, live({ kind: 'state', state: tableState({ creatures: [] }), version: 2 }))).toBe(before);
  });

  it('drops the streaming draft once the ruling is in the log, and flags a gap in sequence numbers', () => {
    const drafting = liveTableReducer(table(), live({ kind: 'narration', turnId: 't1', characterId: 'mira', attempt: 1, delta: 'The ' }));
    expect(drafting.drafts.t1?.text).toBe('The ');
    const data = { turnId: 't1', characterId: 'mira', text: 'The end.', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null };
    const settled = liveTableReducer(drafting, live({ kind: 'log', event: logged(2, { type: 'dm.narrated', data }) }));
    expect(settled.drafts).toEqual({});
    expect(liveTableReducer(settled, live({ kind: 'log', event: logged(4, { type: 'dm.narrated', data }) })).gap).toBe(true);
  });

  it('skips a kind of feed event it does not know instead of losing the table', () => {
    const before = table();
    const stale = { kind: 'party', party: [], version: 9 } as unknown as LiveEvent;
    expect(liveTableReducer(before, live(stale))).toBe(before);
  });
});
