import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { GameState } from '@/lib/rules/state';

function table(seed: number, hp = 10): GameState {
  const party = sampleCampaign.characters.map((c) => (c.id === 'mira' ? { ...c, hp } : c));
  return { scene: sampleCampaign.openingScene, party, seed, rollCount: 0, round: 0 };
}

async function turn(seed: number, action = 'I search the altar for traps', state = table(seed)) {
  const deltas: string[] = [];
  const outcome = await narrateTurn({
    request: { state, characterId: 'mira', action, recent: [], seed },
    model: new OfflineModel('dm'),
    onDelta: (d) => deltas.push(d),
  });
  return { outcome, deltas };
}

describe('the offline narrator', () => {
  it('is deterministic for a seed: same narration, same rolls, same patches', async () => {
    const a = await turn(1234);
    const b = await turn(1234);
    expect(a.outcome).toEqual(b.outcome);
    expect(a.deltas).toEqual(b.deltas);
  });

  it('plays differently for other seeds', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => turn(seed)));
    expect(new Set(outcomes.map((o) => JSON.stringify(o.outcome.rolls))).size).toBeGreaterThan(1);
  });

  it('streams its narration in many pieces that add up to the whole', async () => {
    const { outcome, deltas } = await turn(99);
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.join('').trim()).toBe(outcome.text);
  });

  it('calls the check through the rules engine and narrates the real result', async () => {
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { outcome } = await turn(seed);
      const check = outcome.checks[0]!;
      expect(check).toMatchObject({ characterId: 'mira', skill: 'investigation', dc: 13 });
      expect(outcome.text).toContain(`${check.roll.total} against DC 13`);
      const damaged = outcome.patches.find((p) => p.op === 'character.hp');
      // Failing a risky search costs the scene's hazard damage; success costs nothing.
      if (check.success) expect(damaged).toBeUndefined();
      else expect(damaged).toBeDefined();
    }
  });

  it('heals a wounded ally only when the medicine check succeeds', async () => {
    const results = await Promise.all(
      [21, 22, 23, 24, 25, 26].map((seed) => turn(seed, 'I bandage my own wounds', table(seed, 3))),
    );
    for (const { outcome } of results) {
      const healed = outcome.patches.find((p) => p.op === 'character.hp');
      expect(outcome.checks[0]!.skill).toBe('medicine');
      if (outcome.checks[0]!.success) expect(healed).toMatchObject({ characterId: 'mira' });
      else expect(healed).toBeUndefined();
    }
  });

  it('tells the story of a rule refusal instead of changing anything', async () => {
    const state = table(5, 0);
    state.party[0]!.conditions = ['unconscious'];
    const { outcome } = await turn(5, 'I jump across the water', state);
    expect(outcome.patches).toEqual([]);
    expect(outcome.text).toContain('Mira Thorne is unconscious and cannot act');
  });

  it('answers as an AI player with an action in keeping with the character', async () => {
    const state = table(7);
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    const run = (seed: number) =>
      generateText({
        model: new OfflineModel('player'),
        instructions: playerInstructions(state, aldric, []),
        prompt: 'It is your turn. What do you do?',
        seed,
      });
    expect((await run(3)).text).toBe((await run(3)).text);
    const hurt = table(7, 2);
    const { text } = await generateText({
      model: new OfflineModel('player'),
      instructions: playerInstructions(hurt, aldric, []),
      prompt: 'It is your turn. What do you do?',
    });
    expect(text).toContain('Thorne’s wounds');
  });

  it('streams through streamText like any other model', async () => {
    const result = streamText({ model: new OfflineModel('dm'), prompt: 'Hello?', seed: 1 });
    expect(await result.text).toContain('waits for someone to act');
  });
});
