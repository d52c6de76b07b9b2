import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { escapeGrapple, grapple, shove } from '@/lib/rules/actions/grapple';
import type { TableResolver } from '@/lib/rules/table-resolver';

const resist = z.enum(['athletics', 'acrobatics']).optional().describe('what the target resists with; its better one when left out');

const grappleInput = zodSchema(z.strictObject({ attackerId: z.string().min(1).max(64), targetId: z.string().min(1).max(64), resist }));
const shoveInput = zodSchema(
  z.strictObject({
    attackerId: z.string().min(1).max(64),
    targetId: z.string().min(1).max(64),
    effect: z.enum(['prone', 'push']).describe('knock it prone, or push it 5 feet straight away'),
    resist,
  }),
);
const escapeInput = zodSchema(z.strictObject({ characterId: z.string().min(1).max(64), using: resist }));

/** Grappling: one attack of the Attack action, an Athletics contest; the grappled condition names its grappler. */
export function createGrappleTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Grapple a creature within reach, no more than one size larger, as one attack of the Attack action: the attacker’s Athletics against the target’s Athletics or Acrobatics. Won, the target is grappled by the attacker.',
    inputSchema: grappleInput,
    execute: async (input) => {
      const r = resolver.act((turn) => grapple(turn, input));
      return { source: 'grapple (a special melee attack)', ...r, grappled: r.success };
    },
  });
}

/** Shoving: one attack of the Attack action, an Athletics contest; won, prone or pushed 5 feet on the grid. */
export function createShoveTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Shove a creature within reach, no more than one size larger, as one attack of the Attack action: the attacker’s Athletics against the target’s Athletics or Acrobatics. Won, it is knocked prone or pushed 5 feet away, as chosen.',
    inputSchema: shoveInput,
    execute: async (input) => {
      const r = resolver.act((turn) => shove(turn, input));
      return { source: 'shove (a special melee attack)', ...r, pushedTo: r.pushedTo ? [r.pushedTo.x, r.pushedTo.y] : null };
    },
  });
}

/** Escaping a grapple takes the grappled creature's action. */
export function createEscapeGrappleTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'A grappled creature uses its action to escape: Athletics or Acrobatics against its grappler’s Athletics (or the escape DC its stat block gives).',
    inputSchema: escapeInput,
    execute: async (input) => {
      const r = resolver.act((turn) => escapeGrapple(turn, input));
      return { source: 'escape a grapple (an action)', characterId: input.characterId, ...r };
    },
  });
}
