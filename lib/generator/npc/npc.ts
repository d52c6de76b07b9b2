import { z } from 'zod';
import { parseGeneratorInput } from '../errors';
import { generatePortrait } from '../portrait/portrait';
import type { PortraitKind } from '../portrait/types';
import { createRng, seedSchema } from '../rng';
import { type Ancestry, ancestries, npcName } from './npc-names';
import { type NpcRole, npcRoles, pickOccupation, pickPersonality, pickSecret } from './npc-tables';

/** A request for an NPC; without a role, one is drawn from the seed. */
export const npcRequestSchema = z.object({
  seed: seedSchema,
  role: z.enum(npcRoles).optional(),
});
export type NpcRequest = z.input<typeof npcRequestSchema>;

/** A non-player character ready to drop into a scene. */
export interface Npc {
  seed: number;
  name: string;
  ancestry: Ancestry;
  role: NpcRole;
  occupation: string;
  /** One line the DM can play from. */
  personality: string;
  /** Something the NPC hides, for the DM's eyes. */
  secret: string;
  portraitSvg: string;
}

const portraitKind = (role: NpcRole): PortraitKind => (role === 'villain' ? 'villain' : role === 'ally' ? 'hero' : 'npc');

/** Makes an NPC for a seed: the same seed and role always give the same person. */
export function generateNpc(request: NpcRequest): Npc {
  const input = parseGeneratorInput(npcRequestSchema, request, 'NPC request');
  const rng = createRng(input.seed, 401);
  const role = input.role ?? rng.pick(npcRoles);
  const ancestry = rng.pick(ancestries);
  const name = npcName(rng, ancestry);
  const portrait = generatePortrait({ seed: input.seed, name, kind: portraitKind(role) });
  return {
    seed: input.seed,
    name,
    ancestry,
    role,
    occupation: pickOccupation(rng, role),
    personality: pickPersonality(rng),
    secret: pickSecret(rng, role),
    portraitSvg: portrait.svg,
  };
}
