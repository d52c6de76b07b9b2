import { describe, expect, it } from 'vitest';
import { requireMayAct } from '@/lib/auth/table-access';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { Member } from '@/lib/db/queries/members';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';

const sam: Member = { userId: 'u-sam', role: 'player', displayName: 'Sam', seats: ['mira'] };

describe('who may act for a character', () => {
  it('out of a fight: only for their own characters', () => {
    const state = openingState(sampleCampaign, 1);
    expect(() => requireMayAct(sam, state, 'mira')).not.toThrow();
    expect(() => requireMayAct(sam, state, 'kestrel')).toThrow(/is not your character/);
    expect(() => requireMayAct(sam, state, 'smaug')).toThrow(/no character/);
  });

  it('not while an AI player stands in for their character, nor while the game is paused', () => {
    const state = openingState(sampleCampaign, 1);
    expect(() => requireMayAct({ ...sam, seats: ['kestrel'] }, state, 'kestrel')).toThrow(/played by an AI player/);
    expect(() => requireMayAct(sam, state, 'mira', { paused: true })).toThrow(/paused/);
  });

  it('in a fight: only on their turn', () => {
    const resolver = new TableResolver(openingState(sampleCampaign, 4));
    resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
    resolver.startCombat();
    const state = resolver.state;
    const current = currentCombatantId(state)!;
    const member: Member = { ...sam, seats: ['kestrel', 'mira', 'aldric'] };
    const other = ['kestrel', 'mira', 'aldric'].find((id) => id !== current)!;
    expect(() => requireMayAct(member, state, other)).toThrow(/turn/);
    if (current === 'mira') expect(() => requireMayAct(member, state, current)).not.toThrow();
  });
});
