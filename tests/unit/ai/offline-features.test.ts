import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { classifyIntent } from '@/lib/ai/offline/intents';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { applyPatches } from '@/lib/rules/patches';
import { pregens } from '@/lib/rules/pregens';
import { findCombatant, gameStateSchema, type RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { atLevel } from '@/scripts/eval/hostile/levels';

/** The sample party joined by ready-made characters (at a level when given), at a location of the campaign. */
function table(extra: Array<[string, number]>, location?: string, hurt: Record<string, number> = {}, seed = 3): RulesState {
  const r = new TableResolver(openingState({ ...sampleCampaign, startLocationId: location ?? sampleCampaign.startLocationId }, seed));
  const joined = extra.map(([id, level]) => atLevel(pregens.find((p) => p.id === id)!, level));
  const party = [...r.state.party, ...joined].map((c) => (c.id in hurt ? { ...c, hp: hurt[c.id] } : c));
  return gameStateSchema.parse({ ...r.state, party });
}

async function turn(state: RulesState, characterId: string, action: string, seed = 7) {
  const outcome = await narrateTurn({
    request: { state, characterId, controller: 'human', action, memory: { blocks: [] }, seed, locations: sampleCampaign.locations },
    model: new OfflineModel('dm'),
    onDelta: () => {},
  });
  return { outcome, after: applyPatches(state, outcome.patches), calls: outcome.toolCalls.map((c) => `${c.toolName}:${c.ok ? 'ok' : 'refused'}`) };
}

describe('the offline DM with class features', () => {
  it('reads the features players name', () => {
    expect(classifyIntent('I use Second Wind')).toEqual({ kind: 'feature', feature: 'Second Wind' });
    expect(classifyIntent('I rage!')).toEqual({ kind: 'feature', feature: 'Rage' });
    expect(classifyIntent('I lay hands on Aldric')).toEqual({ kind: 'feature', feature: 'Lay on Hands' });
    expect(classifyIntent('I smite the skeleton')).toEqual({ kind: 'feature', feature: 'Divine Smite' });
    expect(classifyIntent('Cunning Action: I disengage')).toEqual({ kind: 'feature', feature: 'Cunning Action', option: 'disengage' });
    expect(classifyIntent('I take a short rest and spend a hit die')).toEqual({ kind: 'rest', rest: 'short', hitDice: 1 });
    expect(classifyIntent('We take a long rest')).toEqual({ kind: 'rest', rest: 'long', hitDice: 0 });
  });

  it('"I use Second Wind": the fighter heals by the feature\'s dice', async () => {
    const { calls, after, outcome } = await turn(table([['tamsin', 1]], undefined, { tamsin: 3 }), 'tamsin', 'I use Second Wind');
    expect(calls).toEqual(['use_feature:ok']);
    expect(outcome.text).toContain('catches a Second Wind');
    expect(findCombatant(after, 'tamsin')!.hp).toBeGreaterThan(3);
  });

  it('"I rage": the barbarian rages, and a rogue who says it is told whose feature it is', async () => {
    const { calls, after } = await turn(table([['grist', 1]]), 'grist', 'I rage');
    expect(calls).toEqual(['use_feature:ok']);
    expect(findCombatant(after, 'grist')!.effects.map((e) => e.id)).toEqual(['rage']);
    const refused = await turn(table([]), 'mira', 'I rage');
    expect(refused.calls).toEqual(['use_feature:refused']);
    expect(refused.outcome.text).toContain('Rage is a barbarian feature');
  });

  it('"I lay hands on Aldric": the paladin spends what his wound needs from the pool', async () => {
    const { calls, after } = await turn(table([['corwen', 1]], undefined, { aldric: 8 }), 'corwen', 'I lay hands on Aldric');
    expect(calls).toEqual(['use_feature:ok']);
    expect(findCombatant(after, 'aldric')!.hp).toBe(11);
    expect(findCombatant(after, 'corwen')).toMatchObject({ resources: { 'lay-on-hands': 3 } });
  });

  it('"I smite the skeleton": an attack, and on a hit, the smite', async () => {
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = new TableResolver(table([['corwen', 2]], 'crypt', {}, seed));
      r.place('corwen', { x: 2, y: 2 });
      r.startCombat();
      for (let i = 0; i < 10 && currentCombatantId(r.state) !== 'corwen'; i++) r.endTurn(currentCombatantId(r.state)!);
      const { calls, outcome } = await turn(r.state, 'corwen', 'I smite the skeleton');
      const hit = outcome.toolCalls[0]!.output as { hit: boolean };
      expect(calls).toEqual(hit.hit ? ['attack:ok', 'use_feature:ok'] : ['attack:ok']);
      if (hit.hit) expect(outcome.text).toMatch(/smites Skeletal Priest with a level 1 slot/);
      seen.add(calls.join());
    }
    expect(seen.size).toBe(2);
  });

  it('"I take a short rest and spend a hit die": one hit die, the player\'s choice', async () => {
    const { calls, after } = await turn(table([], undefined, { kestrel: 2 }), 'kestrel', 'I take a short rest and spend a hit die');
    expect(calls).toEqual(['rest:ok']);
    expect(findCombatant(after, 'kestrel')).toMatchObject({ hitDiceSpent: 1 });
  });

  it('tends a dying friend with Medicine, which stabilises and never heals', async () => {
    const down = table([], undefined, { mira: 0 });
    const dying = gameStateSchema.parse({ ...down, party: down.party.map((c) => (c.id === 'mira' ? { ...c, conditions: ['unconscious', 'prone'] } : c)) });
    const { calls, after } = await turn(dying, 'aldric', "I tend to Mira's wounds");
    expect(calls).toEqual(['stabilize:ok']);
    expect(findCombatant(after, 'mira')!.hp).toBe(0);
  });
});
