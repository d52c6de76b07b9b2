import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { applyPatches } from '@/lib/rules/patches';
import type { RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';

const quiet = { blocks: [] };

function table(seed: number, miraHp = 10): RulesState {
  const state = openingState(sampleCampaign, seed);
  return { ...state, party: state.party.map((c) => (c.id === 'mira' ? { ...c, hp: miraHp } : c)) };
}

function atTheStair(seed: number, fight = false): RulesState {
  const resolver = new TableResolver(openingState(sampleCampaign, seed));
  resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
  if (fight) resolver.startCombat();
  return resolver.state;
}

async function turn(seed: number, action = 'I search the altar for traps', state = table(seed), characterId = 'mira', controller: 'human' | 'ai' | 'dm' = 'human') {
  const deltas: string[] = [];
  const outcome = await narrateTurn({
    request: { state, characterId, controller, action, memory: quiet, seed, locations: sampleCampaign.locations },
    model: new OfflineModel('dm'),
    onDelta: (d) => deltas.push(d),
  });
  return { outcome, deltas };
}

describe('the offline DM', () => {
  it('is deterministic for a seed: same narration, tool calls, rolls and patches', async () => {
    const a = await turn(1234);
    const b = await turn(1234);
    expect({ ...a.outcome, usage: null }).toEqual({ ...b.outcome, usage: null });
    expect(a.deltas).toEqual(b.deltas);
  });

  it('plays differently for other seeds', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => turn(seed)));
    expect(new Set(outcomes.map((o) => JSON.stringify(o.outcome.rolls))).size).toBeGreaterThan(1);
  });

  it('streams its narration in many pieces that add up to the whole, and reports its usage', async () => {
    const { outcome, deltas } = await turn(99);
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.join('').trim()).toBe(outcome.text);
    expect(outcome.usage).toMatchObject({ agent: 'dm', modelId: 'offline-dm' });
    expect(outcome.usage!.inputTokens).toBeGreaterThan(0);
  });

  it('calls the check against the obstacle the words name, records the call, and narrates the real result', async () => {
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { outcome } = await turn(seed);
      const check = outcome.checks[0]!;
      expect(check).toMatchObject({ characterId: 'mira', skill: 'investigation', dc: 13 });
      expect(outcome.text).toContain(`${check.roll.total} against DC 13`);
      expect(outcome.toolCalls[0]).toMatchObject({ toolName: 'ability_check', ok: true, input: { characterId: 'mira', skill: 'investigation', obstacleId: 'barnacled-altar' } });
      expect(outcome.text).toContain(check.success ? 'tide-priest' : 'The barnacles keep');
      // The altar sets off no hazard, so nobody is hurt whatever the die says.
      expect(outcome.patches.find((p) => p.op === 'character.hp')).toBeUndefined();
    }
  });

  it('sets off the hazard a failed check against its obstacle names, with the damage the rules roll', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => turn(seed, 'I wade through the deep water')));
    const failed = outcomes.filter(({ outcome }) => !outcome.checks[0]!.success);
    expect(failed.length).toBeGreaterThan(0);
    for (const { outcome } of outcomes) {
      expect(outcome.toolCalls[0]).toMatchObject({ toolName: 'ability_check', ok: true, input: { obstacleId: 'deep-water' } });
      const hazard = outcome.toolCalls.find((c) => c.toolName === 'trigger_hazard');
      if (outcome.checks[0]!.success) expect(hazard).toBeUndefined();
      else expect(hazard).toMatchObject({ ok: true, input: { hazardId: 'sinkhole', targetIds: ['mira'] }, output: { source: 'hazard: Hidden sinkhole', numbers: '1d6 bludgeoning from a 10 ft fall' } });
    }
  });

  it('starts a fight when a person attacks a creature, and attacks if the person acts first', async () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const outcomes = await Promise.all(seeds.map((seed) => turn(seed, 'I attack the giant rat', atTheStair(seed))));
    for (const { outcome } of outcomes) expect(outcome.toolCalls[0]).toMatchObject({ toolName: 'start_combat', ok: true });
    expect(outcomes.some(({ outcome }) => outcome.toolCalls.some((c) => c.toolName === 'attack'))).toBe(true);
  });

  it('plays a monster on its turn: closes in and attacks the nearest party member', async () => {
    const state = atTheStair(3, true);
    const rat = state.creatures[0]!;
    const resolver = new TableResolver(state);
    // Hand the turn to the rat, as the table does, whatever the initiative rolled.
    while (resolver.state.combat!.order[resolver.state.combat!.turnIndex]!.id !== rat.id) {
      const current = resolver.state.combat!.order[resolver.state.combat!.turnIndex]!.id;
      resolver.endTurn(current);
    }
    const { outcome } = await turn(3, 'Giant Rat takes its turn.', resolver.state, rat.id, 'dm');
    const calls = outcome.toolCalls.map((c) => c.toolName);
    expect(calls.at(-1)).toBe('attack');
    expect(outcome.toolCalls.at(-1)).toMatchObject({ ok: true, input: { attackerId: rat.id } });
  });

  it('takes the party on to the next location and starts the fight waiting there', async () => {
    const { outcome } = await turn(5, 'We go deeper into the shrine.');
    expect(outcome.toolCalls.map((c) => c.toolName)).toEqual(['enter_location', 'start_combat']);
    const after = applyPatches(table(5), outcome.patches);
    expect(after.scene.locationId).toBe('steps');
    expect(after.creatures.map((c) => c.id)).toEqual(['rat-1', 'rat-2']);
    expect(after.combat).not.toBeNull();
  });

  it('looks a rule up and cites it', async () => {
    const { outcome } = await turn(5, 'How does the dodge action work?');
    expect(outcome.rules[0]).toMatchObject({ section: 'Dodge' });
    expect(outcome.text).toContain('Dodge');
  });

  it('tells the story of a rule refusal instead of changing anything', async () => {
    const state = table(5, 0);
    state.party[0]!.conditions = ['unconscious'];
    const { outcome } = await turn(5, 'I jump across the water', state);
    expect(outcome.patches).toEqual([]);
    expect(outcome.toolCalls[0]).toMatchObject({ ok: false });
    expect(outcome.text).toContain('cannot be done');
  });

  it('answers as an AI player: attacks in a fight, heals a fallen friend when it can', async () => {
    const fight = atTheStair(7, true);
    const aldric = fight.party.find((c) => c.id === 'aldric')!;
    const ask = (state: RulesState) =>
      generateText({ model: new OfflineModel('player'), instructions: playerInstructions(state, aldric, quiet), prompt: 'Your turn.', seed: 3 });
    expect((await ask(fight)).text).toMatch(/^I attack the Giant Rat/);
    const fallen = { ...fight, party: fight.party.map((c) => (c.id === 'mira' ? { ...c, hp: 0, conditions: ['unconscious' as const] } : c)) };
    expect((await ask(fallen)).text).toBe('I cast Healing Word on Mira Thorne!');
  });

  it('streams through streamText like any other model', async () => {
    const result = streamText({ model: new OfflineModel('dm'), prompt: 'Hello?', seed: 1 });
    expect(await result.text).toContain('waits for someone to act');
  });
});
