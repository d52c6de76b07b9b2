import { describe, expect, it } from 'vitest';
import { emptyMemory, MAX_SAID, recall, recentLines, remember, saidBy } from '@/lib/ai/context/story-memory';
import { dmInstructions } from '@/lib/ai/prompts/dm';
import { readTable } from '@/lib/ai/prompts/format';
import { readPack } from '@/lib/ai/prompts/goods-facts';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { openingState, waysOnFrom } from '@/lib/campaigns/arrival';
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

  it('shows an AI player its own latest twenty lines, however few of them the recent events still hold', () => {
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    const turns = Array.from({ length: 30 }, (_, i): SessionEvent[] => [
      { seq: 3 * i + 1, createdAt: '', type: 'player.acted', data: { turnId: `a${i}`, characterId: 'aldric', characterName: aldric.name, controller: 'ai', text: `Aldric's deed number ${i}.` } },
      event(3 * i + 2, 'player.acted', `Mira's deed number ${i}.`, ['mira', 'aldric', 'kestrel']),
      event(3 * i + 3, 'dm.narrated', `What came of deed ${i}.`, ['mira', 'aldric', 'kestrel']),
    ]).flat();
    const memory = turns.reduce(remember, emptyMemory);
    expect(recentLines(memory, 'aldric').filter((l) => l.startsWith(`${aldric.name}:`)).length).toBeLessThan(5);
    const prompt = playerInstructions(state, aldric, recall(memory, 'aldric'), { said: saidBy(memory, 'aldric') });
    for (let i = 30 - MAX_SAID; i < 30; i++) expect(prompt).toContain(`- Aldric's deed number ${i}.`);
    expect(prompt).not.toContain(`Aldric's deed number ${29 - MAX_SAID}.`);
    expect(saidBy(memory, 'mira')).toHaveLength(MAX_SAID);
  });

  it("shows an AI player what it carries, the place's containers and merchants and the way on, but not what the containers hold", () => {
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    const prompt = playerInstructions(state, aldric, recall(emptyMemory, 'aldric'), { waysOn: waysOnFrom(sampleCampaign.locations, 'nave') });
    const table = readTable(prompt)!;
    expect(table.scene).toMatchObject({ containers: [{ name: 'Offering box' }], merchants: ['Old Marrow'] });
    expect(table.waysOn).toEqual([{ locationId: 'steps', title: 'The Slick Stair', by: 'the spiral stair' }]);
    expect(readPack(prompt)!.items).toContain('Mace (in use)');
    // The box's potion and coins stay the DM's to reveal.
    expect(prompt).not.toMatch(/Potion of Healing|30 cp/);
  });
});
