import { z } from 'zod';
import { gameStateSchema } from '@/lib/rules/state';

/** Bus actions the agents answer, with the parameters each one takes. */
export const agentActions = {
  resolveAction: 'resolve_action',
  decideAction: 'decide_action',
} as const;

export const resolveActionParams = z.object({
  turnId: z.string().min(1),
  characterId: z.string().min(1),
  action: z.string().min(1).max(2000),
  state: gameStateSchema,
  recent: z.array(z.string()).max(50),
  seed: z.number().int().nonnegative(),
});
export type ResolveActionParams = z.infer<typeof resolveActionParams>;

export const decideActionParams = z.object({
  characterId: z.string().min(1),
  state: gameStateSchema,
  recent: z.array(z.string()).max(50),
  seed: z.number().int().nonnegative(),
});
export type DecideActionParams = z.infer<typeof decideActionParams>;

export const decidedActionSchema = z.object({ action: z.string().min(1), fallback: z.boolean() });
