import { z } from 'zod';
import { abilities, skills } from './abilities';

export const characterSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(80),
    ancestry: z.string().min(1).max(40),
    className: z.string().min(1).max(40),
    level: z.number().int().min(1).max(20),
    controller: z.enum(['human', 'ai']),
    /** How an AI-controlled character tends to act; guides its player agent. */
    persona: z.string().max(300).default(''),
    maxHp: z.number().int().min(1),
    hp: z.number().int().min(0),
    ac: z.number().int().min(1).max(30),
    abilities: z.record(z.enum(abilities), z.number().int().min(1).max(30)),
    proficiencies: z.array(z.enum(skills)),
    conditions: z.array(z.string().min(1).max(40)),
  })
  .refine((c) => c.hp <= c.maxHp, { message: 'hp must not exceed maxHp', path: ['hp'] });

export type Character = z.infer<typeof characterSchema>;

export const sceneSchema = z.object({
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(2000),
  /** Difficulty class for checks against this scene's obstacles. */
  dc: z.number().int().min(1).max(30),
  /** Dice a failed check against a hazard costs, in dice notation. */
  hazardDamage: z.string().min(1).max(20),
});

export type Scene = z.infer<typeof sceneSchema>;

export const gameStateSchema = z.object({
  scene: sceneSchema,
  party: z.array(characterSchema).min(1).max(8),
  /** Seeds every roll of the session, so a session replays exactly. */
  seed: z.number().int().nonnegative(),
  /** Rolls made so far; the next roll's seed is derived from it. */
  rollCount: z.number().int().nonnegative(),
  round: z.number().int().nonnegative(),
});

export type GameState = z.infer<typeof gameStateSchema>;

export function findCharacter(state: GameState, id: string): Character | undefined {
  return state.party.find((c) => c.id === id);
}
