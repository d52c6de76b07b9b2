import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { emptyMemory, recall, remember, saidBy, type StoryMemory } from '@/lib/ai/context/story-memory';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { agreeLines, longRestLines, lootBodyLines, lootContainerLines, potionLines, pressOnLines, shortRestLines, talkLines, tendLines, urgeLines } from '@/lib/ai/offline/player-deeds';
import { fightEndings, guardEndings, healEndings, worded } from '@/lib/ai/offline/player-lines';
import { leaningsOf, pastimeLines } from '@/lib/ai/offline/player-persona';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { openingState, waysOnFrom } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { nextRollSeed } from '@/lib/rules/dice-key';
import { applyPatches } from '@/lib/rules/patches';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { deedOf, linesRepeatedWithin } from '../../fixtures/variety';
import { classifyIntent } from '@/lib/ai/offline/intents';

/** A table as the offline AI player and DM see it, played by hand around Brother Aldric's turns. */
type World = { state: RulesState; story: StoryMemory; lines: string[]; seq: number };

const containers = sampleCampaign.locations.flatMap((l) => l.scene.containers?.map((c) => c.name) ?? []);

function record(world: World, characterId: string, text: string, narration: string): void {
  const name = world.state.party.find((c) => c.id === characterId)!.name;
  const base = { turnId: `t${world.seq}`, characterId };
  const events: SessionEvent[] = [
    { seq: ++world.seq, createdAt: '', type: 'player.acted', data: { ...base, characterName: name, controller: characterId === 'mira' ? 'human' : 'ai', text } },
    { seq: ++world.seq, createdAt: '', type: 'dm.narrated', data: { ...base, text: narration, checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null } },
  ];
  world.story = events.reduce(remember, world.story);
}

/** The offline DM resolves an action out of a fight; in one, the test moves the fight on by hand. */
async function resolve(world: World, characterId: string, action: string): Promise<string> {
  if (world.state.combat) return 'Blows are traded.';
  const outcome = await narrateTurn({
    request: { state: world.state, characterId, controller: characterId === 'mira' ? 'human' : 'ai', action, memory: recall(world.story), seed: nextRollSeed(world.state), locations: sampleCampaign.locations },
    model: new OfflineModel('dm'),
    onDelta: () => {},
  });
  world.state = applyPatches(world.state, outcome.patches);
  return outcome.text;
}

async function miraSays(world: World, text: string): Promise<void> {
  record(world, 'mira', text, await resolve(world, 'mira', text));
}

/** An AI player's turns, prompted as the table prompts one: what it witnessed, its own latest lines, the way on. */
async function acts(world: World, characterId: string, turns = 1): Promise<string[]> {
  const said: string[] = [];
  for (let i = 0; i < turns; i++) {
    const character = world.state.party.find((c) => c.id === characterId)!;
    const sight = { said: saidBy(world.story, characterId), waysOn: waysOnFrom(sampleCampaign.locations, world.state.scene.locationId) };
    const instructions = playerInstructions(world.state, character, recall(world.story, characterId), sight);
    const { text } = await generateText({ model: new OfflineModel('player'), instructions, prompt: 'It is your turn. What do you do?', seed: nextRollSeed(world.state, 1) });
    record(world, characterId, text, await resolve(world, characterId, text));
    said.push(text);
  }
  return said;
}

/** Brother Aldric's turns, kept in order for the check that he never repeats himself. */
async function aldricActs(world: World, turns = 1): Promise<string[]> {
  const said = await acts(world, 'aldric', turns);
  world.lines.push(...said);
  return said;
}

function hurt(world: World, id: string, hp: number): void {
  world.state = { ...world.state, party: world.state.party.map((c) => (c.id === id ? { ...c, hp } : c)) };
}

function endFight(world: World): void {
  world.state = { ...world.state, combat: null, creatures: world.state.creatures.map((c) => ({ ...c, hp: 0, dead: true })) };
}

describe('an offline AI player between fights and in them', () => {
  it('words every deed many ways, each of which the DM reads as that deed', () => {
    const deeds: Array<[string, string[]]> = [
      ['loot-bodies', lootBodyLines('Giant Rat')],
      ['loot', lootContainerLines('Drowned pilgrim’s satchel')],
      ['persuasion', [...talkLines('Old Marrow'), ...urgeLines('the Crypt of the Tide-Priests')]],
      ['tend', [...tendLines("Kestrel's"), ...tendLines('my own')]],
      ['rest', [...shortRestLines(), ...longRestLines()]],
      ['use', [...potionLines(null), ...potionLines('Aldric')]],
      ['travel', [...pressOnLines('the Slick Stair'), ...agreeLines('Mira', 'the Bell Chamber')]],
      ['attack', worded('I attack the Skeletal Priest', fightEndings)],
      ['heal', worded('I cast Healing Word on Mira Thorne', healEndings, '!')],
      ['dodge', [...worded('I take the Dodge action and stay on guard', guardEndings), ...worded('I take the Dodge action', fightEndings)]],
      ['disengage', [...worded('I disengage and slip back out of reach', guardEndings), ...worded('I disengage', fightEndings)]],
    ];
    for (const [deed, lines] of deeds) {
      expect(new Set(lines).size, deed).toBeGreaterThan(20);
      for (const line of lines) expect(deedOf(line, containers), line).toBe(deed);
    }
    // Pastimes are checks of any skill the DM resolves without harm: never a move, a fight, a search of things or a trade.
    const pastimes = pastimeLines(leaningsOf('A stubborn scholar who talks too much, sneaks about and heals the wounded', 'Human Bard 1'), 'the old kings');
    expect(new Set(pastimes).size).toBeGreaterThan(20);
    for (const line of pastimes) expect(classifyIntent(line), line).toMatchObject({ kind: 'check', risky: false });
    for (const line of pastimes) expect(deedOf(line, containers), line).not.toMatch(/^(loot|loot-bodies|buy|sell|give|use|equip|unequip|attune)$/);
  });

  it('pursues the goals of the moment, moves the story on, and never repeats a line within twenty of its turns', async () => {
    const world: World = { state: openingState(sampleCampaign, 8), story: emptyMemory, lines: [], seq: 0 };

    // The Flooded Nave: a friend talks to the salvager, an offering box waits, a stair leads on.
    await miraSays(world, 'I ask Old Marrow about the bells under the hill');
    const atTheNave = await aldricActs(world, 3);
    expect(atTheNave.map((l) => deedOf(l, containers))).toEqual(['persuasion', 'loot', 'persuasion']);
    expect(atTheNave[0]).toContain('Old Marrow');
    // With the nave done with, he urges the party on, naming the place, and leaves the going to the person at the table.
    expect(atTheNave[2]).toContain('the Slick Stair');
    expect(world.state.scene.locationId).toBe('nave');
    // She agrees, and the DM reads her words against the scene's one way on: down the stair, into the rats.
    await miraSays(world, 'Sounds good to me: let us keep going');
    expect(world.state.scene.locationId).toBe('steps');
    expect(world.state.combat).not.toBeNull();

    // A long fight: the same blow, and a friend fallen, round after round.
    const blows = await aldricActs(world, 12);
    expect(blows.every((l) => l.startsWith('I attack the Giant Rat'))).toBe(true);
    hurt(world, 'mira', 0);
    expect((await aldricActs(world, 4)).every((l) => l.startsWith('I cast Healing Word on Mira Thorne'))).toBe(true);
    endFight(world);
    hurt(world, 'mira', 10);

    // After the fight: the fallen to search, a friend badly hurt and no spell left to heal her with.
    const spent = () => {
      world.state = { ...world.state, party: world.state.party.map((c) => (c.id === 'aldric' ? { ...c, spellSlots: c.spellSlots.map((s) => ({ ...s, remaining: 0 })) } : c)) };
      hurt(world, 'kestrel', 3);
    };
    spent();
    // A long rest gives him his spells back, and he heals her; then the bodies.
    expect((await aldricActs(world, 3)).map((l) => deedOf(l, containers))).toEqual(['rest', 'heal', 'loot-bodies']);
    // Spent and rested already, he tends her wounds, and between bandagings does what else there is.
    spent();
    const tending = (await aldricActs(world, 4)).map((l) => deedOf(l, containers));
    expect(tending[0]).toBe('tend');
    expect(tending.filter((d) => d === 'tend').length).toBeGreaterThanOrEqual(2);
    expect(tending.filter((d) => d !== 'tend').length).toBeGreaterThanOrEqual(1);

    // She urges the party on again once the fight is over.
    await miraSays(world, 'I reckon we should push deeper before the rats come back');
    expect(world.state.scene.locationId).toBe('crypt');

    await aldricActs(world, 6);
    endFight(world);
    // The crypt after the fight: the fallen, a reliquary, a friend still hurt, and his own pursuits between.
    await aldricActs(world, 4);
    for (let i = 0; i < 6; i++) {
      await miraSays(world, 'I keep watch');
      await aldricActs(world);
    }

    expect(world.lines.length).toBeGreaterThanOrEqual(40);
    expect(linesRepeatedWithin(world.lines, 20)).toEqual([]);
    const deeds = new Set(world.lines.map((l) => deedOf(l, containers)));
    // Going on is the person's call here (the all-AI table below leads itself on); he urges it in words, naming the place.
    for (const goal of ['heal', 'tend', 'loot', 'loot-bodies', 'persuasion']) expect(deeds).toContain(goal);
  });

  it('leads the party on itself when nobody at the table plays a party member', async () => {
    const state = openingState(sampleCampaign, 4);
    const world: World = {
      state: { ...state, party: state.party.map((c) => ({ ...c, controller: 'ai' as const })), scene: { ...state.scene, containers: [], merchants: [] } },
      story: emptyMemory,
      lines: [],
      seq: 0,
    };
    // Mira, first of the party, leads; the nave holds nothing more.
    const [lead] = await acts(world, 'mira');
    expect(deedOf(lead!)).toBe('travel');
    expect(lead).toContain('the Slick Stair');
    expect(world.state.scene.locationId).toBe('steps');
  });
});
