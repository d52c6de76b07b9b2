import { describe, expect, it } from 'vitest';
import { emptyMemory, recall, recentLines, remember } from '@/lib/ai/context/story-memory';
import { dmInstructions } from '@/lib/ai/prompts/dm';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { SessionEvent } from '@/lib/rules/session-log';

const state = openingState(sampleCampaign, 1);
const secret = state.scene.secret;

function event(seq: number, type: 'player.acted' | 'dm.narrated', text: string, witnesses: string[]): SessionEvent {
  const base = { turnId: `t${seq}`, characterId: 'mira', witnesses };
  return type === 'player.acted'
    ? { seq, createdAt: '', type, data: { ...base, characterName: 'Mira Thorne', controller: 'human', text } }
    : { seq, createdAt: '', type, data: { ...base, text, checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null } };
}

describe('what an AI player knows', () => {
  it('never includes the DM’s secrets, which the DM’s own prompt does include', () => {
    expect(secret.length).toBeGreaterThan(20);
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    expect(dmInstructions(state, recall(emptyMemory), [])).toContain(secret);
    expect(playerInstructions(state, aldric, recall(emptyMemory, 'aldric'))).not.toContain(secret);
  });

  it('holds only what the character witnessed: nothing said while it was knocked out', () => {
    const memory = [
      event(2, 'player.acted', 'Mira whispers the password: brine-and-bell', ['mira']),
      event(3, 'dm.narrated', 'The door opens for Mira alone.', ['mira']),
      event(4, 'player.acted', 'Mira calls everyone over to the door', ['mira', 'aldric', 'kestrel']),
    ].reduce(remember, emptyMemory);
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    const prompt = playerInstructions(state, aldric, recall(memory, 'aldric'));
    expect(prompt).not.toContain('brine-and-bell');
    expect(prompt).not.toContain('The door opens for Mira alone');
    expect(prompt).toContain('Mira calls everyone over to the door');
    expect(recentLines(memory, 'mira')).toHaveLength(3);
    expect(recentLines(memory)).toHaveLength(3);
  });

  it('stays the same size however long the story runs', () => {
    const long = Array.from({ length: 500 }, (_, i) => event(i + 2, 'dm.narrated', `Event number ${i} happens ${'at length '.repeat(10)}`, ['mira', 'aldric', 'kestrel']));
    const memory = long.reduce(remember, emptyMemory);
    const atTen = dmInstructions(state, recall(long.slice(0, 10).reduce(remember, emptyMemory)), []).length;
    const atFiveHundred = dmInstructions(state, recall(memory), []).length;
    expect(atFiveHundred).toBeLessThan(atTen * 1.2);
  });
});
