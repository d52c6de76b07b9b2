import { z } from 'zod';
import { combatSchema } from './combat-state';
import { creatureSchema, type Creature } from './creature';
import { storedDiceKeySchema } from './dice-key';
import { gridSchema } from './grid';
import { parseOnce } from './parse-once';
import { sceneGoodsShape } from './scene-goods';
import { migrateHazardDamage, refineSceneHazards, sceneHazardsShape } from './scene-hazards';
import { refineSceneStructure, sceneStructureShape } from './scene-structure';
import { characterSchema, type CharacterSheet } from './sheet/character';
import { storySchema } from './story';

export { characterSchema, type Character, type CharacterSheet } from './sheet/character';

/** Anything that can fight: a player character, a monster or an NPC. */
export type Combatant = CharacterSheet | Creature;

export const sceneSchema = z
  .object({
    /** The campaign location this scene is, so the DM can tell where the party has been. */
    locationId: z.string().min(1).max(64).default('start'),
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(2000),
    /** Difficulty class for checks here that no declared obstacle covers. */
    dc: z.number().int().min(1).max(30),
    /** Scenes written before hazards were declared: one dice string, migrated on parsing (scene-hazards.ts). */
    hazardDamage: z.string().min(1).max(20).optional(),
    /** What only the DM knows here; never shown to players or put in their agents' prompts. */
    secret: z.string().max(2000).default(''),
    /** How the battle map is drawn: the look of the place, not its rules (the grid decides those). */
    mapStyle: z.enum(['dungeon', 'cave', 'ruins', 'forest', 'town']).default('dungeon'),
    /** A painting of the battle map (a stored picture's id), shown under the grid when a model made one. */
    mapArt: z.uuid().nullable().default(null),
    ...sceneGoodsShape,
    ...sceneHazardsShape,
    ...sceneStructureShape,
  })
  .superRefine(refineSceneHazards)
  .superRefine(refineSceneStructure)
  .transform(migrateHazardDamage);

export type Scene = z.output<typeof sceneSchema>;
export type SceneInput = z.input<typeof sceneSchema>;

// A state is parsed whole after every change; the parts a change left alone come through as they are.
const sceneOnce = parseOnce(sceneSchema);
const creatureOnce = parseOnce(creatureSchema);

/**
 * A place as the party left it: its scene (emptied chests, sprung traps)
 * and who fell there, so going back finds it as it was rather than set up
 * afresh from the campaign.
 */
export const placeLeftSchema = z.object({
  scene: sceneOnce,
  fallen: z.array(z.string().min(1).max(64)).max(64).default([]),
});
export type PlaceLeft = z.output<typeof placeLeftSchema>;

export const gameStateSchema = z
  .object({
    scene: sceneOnce,
    party: z.array(characterSchema).min(1).max(8),
    /**
     * The session's secret dice key: every roll's seed is derived from it, so a
     * session replays exactly on the server. Absent only from what players see.
     */
    seed: storedDiceKeySchema.optional(),
    /** Rolls made so far; the next roll's seed is derived from it. */
    rollCount: z.number().int().nonnegative(),
    /** Rounds of combat fought this session, across every fight. */
    round: z.number().int().nonnegative(),
    /** Monsters and NPCs present. */
    creatures: z.array(creatureOnce).max(64).default([]),
    /** The battle map, when the scene has one. */
    grid: gridSchema.nullable().default(null),
    combat: combatSchema.nullable().default(null),
    /** What the party's deeds set in motion, across every place of the adventure. */
    story: storySchema.prefault({}),
    /** The places the party has left, one each, the latest leaving kept. */
    placesLeft: z.array(placeLeftSchema).max(50).default([]),
  })
  .refine(
    (s) => {
      const ids = [...s.party, ...s.creatures].map((c) => c.id);
      return new Set(ids).size === ids.length;
    },
    { message: 'every character and creature needs its own id', path: ['creatures'] },
  );

/**
 * A game state as stored or written by hand. Fields added after the first
 * release may be missing; parsing with gameStateSchema fills them in.
 */
export type GameState = z.input<typeof gameStateSchema>;
/** A parsed game state with every field present: what the engine works on. */
export type RulesState = z.output<typeof gameStateSchema>;

export function findCharacter<S extends GameState>(state: S, id: string): S['party'][number] | undefined {
  return state.party.find((c) => c.id === id);
}

/** Finds a player character or creature by id. */
export function findCombatant(state: RulesState, id: string): Combatant | undefined {
  return state.party.find((c) => c.id === id) ?? state.creatures.find((c) => c.id === id);
}

export function allCombatants(state: RulesState): Combatant[] {
  return [...state.party, ...state.creatures];
}

export function isCharacter(c: Combatant): c is CharacterSheet {
  return 'level' in c;
}
