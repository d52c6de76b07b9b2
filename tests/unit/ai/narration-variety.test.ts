import { describe, expect, it } from 'vitest';
import { emptyMemory, recentLines, remember, type StoryMemory } from '@/lib/ai/context/story-memory';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { closings, fightBegins, foesInTheWay, noWayOn, nobodyToFight, nobodyTrades, nothingOnTheFallen, nothingToSearch } from '@/lib/ai/offline/dm-asides';
import { openings } from '@/lib/ai/offline/dm-openings';
import { cursorIn, narrationCursor } from '@/lib/ai/offline/narration-cursor';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { CYCLE, fill } from '@/lib/ai/offline/voice';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { memoryBudget } from '@/lib/memory/budget';
import { buildContextBlocks } from '@/lib/memory/context';
import { nextRollSeed } from '@/lib/rules/dice-key';
import { applyPatches } from '@/lib/rules/patches';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { flavourSentences, repeatsWithin, type Told } from '../../fixtures/variety';

const pools = { ...openings, closings, foesInTheWay, noWayOn, nobodyToFight, fightBegins, nothingOnTheFallen, nothingToSearch, nobodyTrades };

/** The party's actions, round after round: looking, fighting nothing, moving on with nowhere to go, searching empty-handed fallen. */
const actions: Array<[string, string]> = [
  ['mira', 'I look around'],
  ['aldric', 'I study the carvings on the altar'],
  ['kestrel', 'I attack the shadows'],
  ['mira', 'We go deeper into the shrine.'],
  ['aldric', 'I search the bodies'],
  ['kestrel', 'I look around'],
  ['mira', 'I ask Old Marrow about the bells'],
];

/**
 * Plays the offline DM turn after turn at the Flooded Nave, the last place
 * of a one-place campaign, with each prompt's memory built as the
 * Chronicler builds it (the latest lines of the log within the budget of a
 * small local model's window) and each turn's seed the table's next roll's,
 * so the DM sees of its past narrations only what a real prompt shows.
 */
async function play(turns: number, seed: number): Promise<Told[]> {
  let state: RulesState = openingState(sampleCampaign, seed);
  let story: StoryMemory = emptyMemory;
  const told: Told[] = [];
  for (let i = 0; i < turns; i++) {
    const [characterId, action] = actions[i % actions.length]!;
    const memory = { blocks: buildContextBlocks({ pinned: [], summaries: [], facts: [], recent: recentLines(story), sessionId: 's' }, memoryBudget(8_192)) };
    const outcome = await narrateTurn({
      request: { state, characterId, controller: 'human', action, memory, seed: nextRollSeed(state), locations: sampleCampaign.locations.slice(0, 1) },
      model: new OfflineModel('dm'),
      onDelta: () => {},
    });
    state = applyPatches(state, outcome.patches);
    const name = state.party.find((c) => c.id === characterId)!.name;
    const base = { turnId: `t${i}`, characterId };
    const events: SessionEvent[] = [
      { seq: 2 * i + 1, createdAt: '', type: 'player.acted', data: { ...base, characterName: name, controller: 'human', text: action } },
      { seq: 2 * i + 2, createdAt: '', type: 'dm.narrated', data: { ...base, ...outcome } },
    ];
    story = events.reduce(remember, story);
    told.push({ text: outcome.text, toolCalls: outcome.toolCalls });
  }
  return told;
}

describe("the offline DM's narration", () => {
  it('keeps every pool of flavour the length of the cycle, each sentence its own and recognised at its own place', () => {
    const all = Object.values(pools).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const pool of Object.values(pools)) {
      expect(pool).toHaveLength(CYCLE);
      pool.forEach((template, i) => expect(cursorIn(fill(template, { name: 'Kestrel', how: 'sharp senses', place: 'the Flooded Nave', Place: 'The Flooded Nave' }))).toBe(i));
    }
  });

  it('goes one on from the newest narration its prompt recalls, and starts where the seed says when it recalls none', () => {
    const recalled = (lines: string[]) => ['', 'Recent events:', ...lines.map((l) => `- ${l}`)].join('\n');
    expect(narrationCursor(recalled([`DM: ${fill(openings.check[4], { name: 'Mira', how: 'deft fingers' })} It works.`]), 0)).toBe(5);
    expect(narrationCursor(recalled([`DM: ${closings[11]}`, 'Mira Thorne: I wait.', 'DM: Something the cycle does not know.']), 0)).toBe(1);
    expect(narrationCursor('', 31)).toBe(31 % CYCLE);
  });

  it('repeats no flavour sentence within any ten narrations of a long run, and replays the same for a seed', async () => {
    const run = await play(36, 5);
    expect(run).toHaveLength(36);
    expect(repeatsWithin(run, 10)).toEqual([]);
    // The closing sentence alone used to be one of four: now every narration of ten ends its own way.
    const endings = run.slice(0, 10).map((t) => flavourSentences(t).at(-1));
    expect(new Set(endings).size).toBe(10);
    expect((await play(12, 5)).map((t) => t.text)).toEqual(run.slice(0, 12).map((t) => t.text));
  });
});
