import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { attune, equip, unequip } from '@/lib/rules/actions/equip';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { characterRef, itemRef } from './goods-input';

const itemInput = zodSchema(z.strictObject({ characterId: characterRef, item: itemRef }));
const attuneInput = zodSchema(
  z.strictObject({ characterId: characterRef, item: itemRef, end: z.boolean().optional().describe('true to end the attunement instead') }),
);

export function createEquipTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Put on armour or a shield, or take up a weapon or worn item, that the character carries; the sheet (AC, attacks) follows. Armour takes minutes, so not in a fight; a shield takes the action.',
    inputSchema: itemInput,
    execute: async (input) => resolver.act((turn) => equip(turn, input)),
  });
}

export function createUnequipTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Take off armour or put away something the character is wearing or holding.',
    inputSchema: itemInput,
    execute: async (input) => resolver.act((turn) => unequip(turn, input)),
  });
}

export function createAttuneTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Attune to a magic item that needs attunement (a short rest with it, never in a fight; at most three items), or end an attunement.',
    inputSchema: attuneInput,
    execute: async (input) => resolver.act((turn) => attune(turn, input)),
  });
}
