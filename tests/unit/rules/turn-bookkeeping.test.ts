import { describe, expect, it } from 'vitest';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { TurnOutcome } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { FORBIDDEN_OUTCOME, skipTurn, stageFailedTurn, stageResolvedTurn, type TurnTaken } from '@/lib/rules/turn-bookkeeping';
import { currentCombatantId } from '@/lib/rules/turn-flow';

function outcome(patches: TurnOutcome['patches'] = []): TurnOutcome {
  return { text: 'so it goes', checks: [], rolls: [], patches, toolCalls: [], rules: [], usage: null };
}

const turn = (actorId: string): TurnTaken => ({ turnId: 't1', actorId, controller: 'human', text: 'I act', usage: null });

function fight(seed = 7): RulesState {
  const resolver = new TableResolver(openingState(sampleCampaign, seed));
  resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
  resolver.startCombat();
  return resolver.state;
}

describe('turn bookkeeping', () => {
  it('applies the outcome once and logs who acted, what the DM said, and who saw it', () => {
    const state = openingState(sampleCampaign, 1);
    const staged = stageResolvedTurn(state, turn('mira'), outcome([{ op: 'character.hp', characterId: 'mira', hp: 4 }]));
    expect(staged.state.party.find((c) => c.id === 'mira')!.hp).toBe(4);
    expect(staged.events.map((e) => e.type)).toEqual(['player.acted', 'dm.narrated']);
    expect(staged.events[0]).toMatchObject({ data: { characterId: 'mira', characterName: 'Mira Thorne', controller: 'human', witnesses: ['mira', 'aldric', 'kestrel'] } });
    // The state passed in is left as it was.
    expect(state.party.find((c) => c.id === 'mira')!.hp).toBe(10);
  });

  it('stages an outcome the rules refuse as a failed turn, leaving the state alone', () => {
    const state = openingState(sampleCampaign, 1);
    const staged = stageResolvedTurn(state, turn('mira'), outcome([{ op: 'character.hp', characterId: 'mira', hp: 999 }]));
    expect(staged.events.map((e) => e.type)).toEqual(['player.acted', 'turn.failed']);
    expect(staged.events[1]).toMatchObject({ data: { reason: FORBIDDEN_OUTCOME } });
    expect(staged.state.party.find((c) => c.id === 'mira')!.hp).toBe(10);
  });

  it('in a fight, ends the acting combatant’s turn and names who is next', () => {
    const state = fight();
    const current = currentCombatantId(state)!;
    const staged = stageFailedTurn(state, turn(current), 'the model was unreachable');
    expect(staged.events.map((e) => e.type)).toEqual(['player.acted', 'turn.failed', 'turn.advanced']);
    expect(staged.events[2]).toMatchObject({ data: { endedId: current, nextId: currentCombatantId(staged.state) } });
  });

  it('leaves the turn alone when someone acts out of turn', () => {
    const state = fight();
    const other = state.combat!.order.find((e) => e.id !== currentCombatantId(state))!.id;
    const staged = stageResolvedTurn(state, turn(other), outcome());
    expect(staged.events.map((e) => e.type)).toEqual(['player.acted', 'dm.narrated']);
    expect(currentCombatantId(staged.state)).toBe(currentCombatantId(state));
  });

  it('passes on the turn of a combatant who cannot act', () => {
    const state = fight();
    const current = currentCombatantId(state)!;
    const staged = skipTurn(state, current);
    expect(staged.events).toMatchObject([{ type: 'turn.advanced', data: { endedId: current } }]);
    expect(currentCombatantId(staged.state)).not.toBe(current);
  });

  it('ends a fight once one side is down', () => {
    const state = fight();
    const downed = state.creatures.filter((c) => c.hostile).map((c) => ({ op: 'character.hp' as const, characterId: c.id, hp: 0 }));
    const staged = stageResolvedTurn(state, turn(currentCombatantId(state)!), outcome(downed));
    expect(staged.events.map((e) => e.type)).toContain('combat.ended');
    expect(staged.state.combat).toBeNull();
  });
});
