import { describe, expect, it } from 'vitest';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { whyCannotAct } from '@/lib/rules/who-may-act';

const kind = (refusal: ReturnType<typeof whyCannotAct>) => refusal?.kind ?? null;

function fight() {
  const resolver = new TableResolver(openingState(sampleCampaign, 4));
  resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
  resolver.startCombat();
  return resolver.state;
}

describe('who may act', () => {
  it('a person-played character at an unpaused table, out of a fight', () => {
    const state = openingState(sampleCampaign, 1);
    expect(whyCannotAct(state, { characterId: 'mira', paused: false })).toBeNull();
    expect(kind(whyCannotAct(state, { characterId: 'mira', paused: true }))).toBe('paused');
    expect(kind(whyCannotAct(state, { characterId: 'kestrel', paused: false }))).toBe('ai-player');
    expect(kind(whyCannotAct(state, { characterId: 'smaug', paused: false }))).toBe('no-character');
    expect(kind(whyCannotAct(state, { characterId: 'mira', paused: false, seats: ['kestrel'] }))).toBe('not-theirs');
  });

  it('in a fight, only the one whose turn it is; a queued action waits for its turn and the end of a pause', () => {
    const state = fight();
    const current = currentCombatantId(state);
    const waiting = current === 'mira' ? null : 'not-their-turn';
    expect(kind(whyCannotAct(state, { characterId: 'mira', paused: false }))).toBe(waiting);
    expect(whyCannotAct(state, { characterId: 'mira', paused: true, queued: true })).toBeNull();
    expect(kind(whyCannotAct(state, { characterId: 'kestrel', paused: false, queued: true }))).toBe('ai-player');
  });
});
