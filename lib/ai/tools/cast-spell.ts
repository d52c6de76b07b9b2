import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import type { TableResolver } from '@/lib/rules/table-resolver';

const id = z.string().min(1).max(64);

const castSpellInput = zodSchema(
  z.strictObject({
    casterId: id,
    spell: z.string().min(1).max(60).describe('the spell’s name or SRD id, e.g. "Cure Wounds" or "magic-missile"'),
    targetIds: z.array(id).max(12).optional().describe('creatures the caster chooses; for darts or rays, name a creature once per dart or ray aimed at it'),
    slotLevel: z.number().int().min(1).max(9).optional().describe('only to upcast with a higher slot; left out, the spell’s own level'),
    point: z.strictObject({ x: z.number().int().min(0).max(99), y: z.number().int().min(0).max(99) }).optional().describe('the grid square an area spell is centred on or aimed at'),
    option: z.string().min(1).max(40).optional().describe('a choice the spell offers: "deafened" for Blindness/Deafness, the condition Lesser Restoration ends, a damage type'),
    ritual: z.boolean().optional().describe('cast as a ritual: no slot, ten minutes longer, never in a fight'),
  }),
);

export function createCastSpellTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Cast a spell the caster knows or has prepared. The rules engine checks the slot, the action it takes and its targets, then rolls and applies everything the spell does (attack rolls, saves, damage, healing, conditions, lasting effects, concentration) and reports it. Do not follow it with deal_damage, heal or apply_condition for the same spell; narrate what it returns, including anything listed under "narrate".',
    inputSchema: castSpellInput,
    execute: async (input) => resolver.act((turn) => castSpell(turn, input)),
  });
}
