import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { disengage } from '@/lib/rules/actions/disengage';
import type { TableResolver } from '@/lib/rules/table-resolver';

const dashInput = zodSchema(z.strictObject({ characterId: z.string().min(1).max(64) }));
const disengageInput = zodSchema(
  z.strictObject({
    characterId: z.string().min(1).max(64),
    bonusAction: z.boolean().optional().describe('only for a creature whose stat block lets it (Nimble Escape); a rogue’s Cunning Action is use_feature'),
  }),
);
/** The Dash action: extra movement equal to speed this turn. */
export function createDashTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'The creature takes the Dash action: it gains extra movement equal to its speed this turn.',
    inputSchema: dashInput,
    execute: async ({ characterId }) => ({ source: 'Dash (an action)', characterId, movementLeft: resolver.dash(characterId) }),
  });
}

/** The Disengage action: its movement provokes no opportunity attacks this turn. */
export function createDisengageTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'The creature takes the Disengage action: for the rest of its turn, moving out of reach provokes no opportunity attacks.',
    inputSchema: disengageInput,
    execute: async (input) => ({ source: 'Disengage', ...resolver.act((turn) => disengage(turn, input)) }),
  });
}
