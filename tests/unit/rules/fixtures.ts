import { sampleCampaign } from '@/lib/campaigns/sample';
import { bestiary, type BestiaryId } from '@/lib/rules/bestiary';
import { spawnCreature } from '@/lib/rules/creature';
import { gridFromRows } from '@/lib/rules/grid';
import { pregens } from '@/lib/rules/pregens';
import { characterSchema, gameStateSchema, type GameState, type RulesState } from '@/lib/rules/state';

/** The sample campaign's table exactly as stored states look: no fields added since. */
export function sampleState(seed = 3): GameState {
  return { scene: sampleCampaign.locations[0]!.scene, party: structuredClone(sampleCampaign.characters), seed, rollCount: 0, round: 0 };
}

/** A parsed sample character, for the pure functions that take whole sheets. */
export function sampleSheet(id: string) {
  return characterSchema.parse(sampleCampaign.characters.find((c) => c.id === id));
}

export function pregenSheet(id: string) {
  return characterSchema.parse(pregens.find((c) => c.id === id));
}

export function monster(kind: BestiaryId, id: string = kind) {
  return spawnCreature(bestiary[kind], { id });
}

/**
 * A 10x6 room: a wall segment, difficult rubble, a pool and a cover crate.
 *   0123456789
 * 0 ..........
 * 1 ..#.......
 * 2 ..#..::...
 * 3 ..#..::~~.
 * 4 ......+...
 * 5 ..........
 */
export const roomRows = ['..........', '..#.......', '..#..::...', '..#..::~~.', '......+...', '..........'];

/** The first four pregenerated heroes and two goblins on the room grid, no fight yet. */
export function arena(seed = 11): RulesState {
  const heroes = pregens.slice(0, 4).map((p, i) => ({ ...p, position: { x: i, y: 5 } }));
  return gameStateSchema.parse({
    ...sampleState(seed),
    party: heroes,
    creatures: [
      spawnCreature(bestiary.goblin, { id: 'gob-1', position: { x: 8, y: 0 } }),
      spawnCreature(bestiary.goblin, { id: 'gob-2', position: { x: 9, y: 1 } }),
    ],
    grid: gridFromRows(roomRows),
  });
}
