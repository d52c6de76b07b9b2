import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { applyPatches } from '@/lib/rules/patches';
import { findCombatant, type RulesState } from '@/lib/rules/state';
import { battle, onTurnOf } from '../rules/actions/battle';

/** The offline DM plays a creature's turn, as the table asks it to. */
async function creatureTurn(state: RulesState, id: string) {
  const outcome = await narrateTurn({
    request: { state, characterId: id, controller: 'dm', action: `${findCombatant(state, id)!.name} takes its turn.`, memory: { blocks: [] }, seed: 5, locations: [] },
    model: new OfflineModel('dm'),
    onDelta: () => {},
  });
  return { calls: outcome.toolCalls.map((c) => `${c.toolName}:${c.ok ? 'ok' : 'refused'}:${String((c.input as { spell?: string }).spell ?? '')}`), state: applyPatches(state, outcome.patches) };
}

describe('the offline DM plays a spellcasting creature', () => {
  it('casts its highest harmful spell at a foe in reach, spending a slot, and nothing more that turn', async () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'cult-fanatic', id: 'fanatic', at: { x: 6, y: 3 } }] });
    onTurnOf(r, 'fanatic');
    const first = await creatureTurn(r.state, 'fanatic');
    expect(first.calls).toEqual(['cast_spell:ok:Hold Person']);
    const second = (state: RulesState) => findCombatant(state, 'fanatic')!.spellSlots.find((s) => s.level === 2)!;
    expect(second(first.state).remaining).toBe(second(r.state).remaining - 1);
  });

  it('uses an innate spell while the day allows, and none it has spent', async () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'oni', id: 'oni', at: { x: 5, y: 3 } }] });
    onTurnOf(r, 'oni');
    const first = await creatureTurn(r.state, 'oni');
    expect(first.calls[0]).toBe('cast_spell:ok:Charm Person');
    // Its next turn, with the day's Charm Person spent.
    const again = await creatureTurn({ ...first.state, combat: r.state.combat } as RulesState, 'oni');
    expect(again.calls.length).toBeGreaterThan(0);
    expect(again.calls.some((c) => c.includes('Charm Person'))).toBe(false);
  });
});
