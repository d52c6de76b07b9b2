import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { help } from '@/lib/rules/actions/help';
import type { TableResolver } from '@/lib/rules/table-resolver';

const helpInput = zodSchema(
  z.strictObject({
    helperId: z.string().min(1).max(64),
    allyId: z.string().min(1).max(64),
    targetId: z.string().min(1).max(64).optional().describe('the foe within 5 feet of the helper, to help an attack on it; leave out to help a check'),
  }),
);

/** The Help action: advantage on an ally's next check, or next attack roll on a foe beside the helper. */
export function createHelpTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'The creature takes the Help action: an ally’s next ability check, or (naming a foe within 5 feet of the helper) its next attack roll, has advantage if it comes before the helper’s next turn.',
    inputSchema: helpInput,
    execute: async (input) => ({ source: 'Help (an action)', ...resolver.act((turn) => help(turn, input)) }),
  });
}
