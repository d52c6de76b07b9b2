import { describe, expect, it } from 'vitest';
import { spellPlan } from '@/lib/ai/offline/spell-plans';
import { castWords, readSpell } from '@/lib/ai/offline/spell-words';
import { classifyIntent } from '@/lib/ai/offline/intents';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { tableFacts } from '@/lib/ai/prompts/format';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { pregens } from '@/lib/rules/pregens';
import type { RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';

function at(location: string | null, party?: string[]): RulesState {
  const start = location ?? sampleCampaign.startLocationId;
  const opening = openingState({ ...sampleCampaign, startLocationId: start }, 5);
  const chosen = party ? party.map((id) => ({ ...(pregens.find((p) => p.id === id) ?? sampleCampaign.characters.find((c) => c.id === id))!, position: null })) : undefined;
  if (!chosen) return opening;
  const r = new TableResolver({ ...opening, party: chosen });
  r.setUp({ ...arrivalAt(sampleCampaign.locations, start)!, creatures: [] });
  return r.state;
}

function plan(state: RulesState, actorId: string, action: string) {
  const table = tableFacts(state, { waysOn: [], withSecrets: true });
  const actor = [...table.party, ...table.creatures].find((c) => c.id === actorId)!;
  const intent = classifyIntent(action);
  if (intent.kind !== 'spell') throw new Error(`not a spell: ${intent.kind}`);
  return spellPlan({ table, actor, action, intent, outcomes: [] }, intent.words);
}

describe('reading a spell from the words', () => {
  it('takes "cast" as a spell only when a spell’s name follows', () => {
    expect(castWords('I cast Bless on Aldric and Kestrel')).toBe('Bless on Aldric and Kestrel');
    expect(castWords('Oswin casts firebal at them!')).toBe('firebal at them!');
    expect(castWords('I cast a glance around the room')).toBeNull();
    expect(classifyIntent('I cast a wary eye over the altar').kind).not.toBe('spell');
  });

  it('finds the longest spell the caster knows at the start, else the words before "at" or "on"', () => {
    const known = [{ name: 'Shield', level: 1, use: 'self', time: 'reaction' }, { name: 'Shield of Faith', level: 1, use: 'help', time: 'bonus action' }] as const;
    expect(readSpell('shield of faith on Wren', known)).toEqual({ name: 'Shield of Faith', rest: 'on wren' });
    expect(readSpell('Fireball at the skeletons', known)).toEqual({ name: 'fireball', rest: 'at the skeletons' });
  });
});

describe('the offline DM’s spell plans', () => {
  it('"I cast Bless on Aldric and Kestrel": both, by name', () => {
    expect(plan(at(null), 'aldric', 'I cast Bless on Aldric and Kestrel')).toEqual({ toolName: 'cast_spell', input: { casterId: 'aldric', spell: 'Bless', targetIds: ['aldric', 'kestrel'] } });
  });

  it('"I cast cure wounds on myself": the caster', () => {
    expect(plan(at(null), 'aldric', 'I cast cure wounds on myself')).toEqual({ toolName: 'cast_spell', input: { casterId: 'aldric', spell: 'Cure Wounds', targetIds: ['aldric'] } });
  });

  it('"I cast Magic Missile at the rat": starts the fight, then aims at the nearest rat', () => {
    const state = at('steps', ['oswin', 'hesper', 'tamsin']);
    expect(plan(state, 'oswin', 'I cast Magic Missile at the rat')).toMatchObject({ toolName: 'start_combat' });
    const fighting = new TableResolver(state);
    fighting.startCombat();
    const call = plan(fighting.state, 'oswin', 'I cast Magic Missile at the rat at 2nd level');
    expect(call).toMatchObject({ toolName: 'cast_spell', input: { casterId: 'oswin', spell: 'Magic Missile', slotLevel: 2 } });
    expect((call!.input.targetIds as string[]).length).toBe(1);
  });

  it('"I cast Fireball at the skeletons": an area spell aims at a skeleton’s square; the engine judges whether it can be cast', () => {
    const state = at('crypt', ['oswin', 'hesper']);
    const call = plan(state, 'oswin', 'I cast Fireball at the skeletons');
    const fighting = new TableResolver(state);
    fighting.startCombat();
    const cast = plan(fighting.state, 'oswin', 'I cast Fireball at the skeletons');
    expect(call!.toolName).toBe('start_combat');
    expect(cast).toMatchObject({ toolName: 'cast_spell', input: { casterId: 'oswin', spell: 'fireball', targetIds: ['skeleton-1', 'skeleton-2'] } });
  });
});

describe('a cast played through the offline DM', () => {
  it('goes through the engine, which resolves it, and the narration tells its outcome', async () => {
    const outcome = await narrateTurn({
      request: { state: at(null), characterId: 'aldric', controller: 'ai', action: 'I cast Bless on Aldric and Kestrel', memory: { blocks: [] }, seed: 3, locations: sampleCampaign.locations },
      model: new OfflineModel('dm'),
      onDelta: () => {},
    });
    expect(outcome.toolCalls).toEqual([expect.objectContaining({ toolName: 'cast_spell', ok: true })]);
    expect(outcome.text).toContain('Brother Aldric casts Bless with a level 1 slot: Brother Aldric is under Bless; Kestrel is under Bless');
    expect(outcome.patches).toContainEqual(expect.objectContaining({ op: 'character.concentration', characterId: 'aldric' }));
  });
});
