import { z } from 'zod';

/** What the creature whose turn it is has spent so far this turn. */
export const turnBudgetSchema = z.object({
  /** Feet moved this turn. */
  movementUsed: z.number().int().min(0),
  /** Feet added to speed this turn by the Dash action. */
  movementBonus: z.number().int().min(0),
  actionUsed: z.boolean(),
  bonusActionUsed: z.boolean(),
  /** Attacks still owed by an Attack action already taken (Extra Attack, Multiattack). */
  attacksLeft: z.number().int().min(0).max(4),
  /**
   * Spells cast this turn, by level (0 for a cantrip) and how: after a
   * bonus-action spell only an action cantrip may follow in the same turn.
   * Absent when none has been.
   */
  spellsCast: z
    .array(z.object({ level: z.number().int().min(0).max(9), castingTime: z.enum(['action', 'bonus action', 'reaction']) }))
    .max(8)
    .optional(),
  /** Took the Disengage action: its movement provokes no opportunity attacks this turn. Absent when it has not. */
  disengaged: z.boolean().optional(),
});

export type TurnBudget = z.infer<typeof turnBudgetSchema>;

export const freshTurn: TurnBudget = { movementUsed: 0, movementBonus: 0, actionUsed: false, bonusActionUsed: false, attacksLeft: 0 };

/**
 * A creature left a person's character's reach on its own movement: that
 * character may take an opportunity attack, striking it where it stood as
 * it left (`at`), until this turn ends (combat-rules, "Opportunity attacks").
 */
export const opportunitySchema = z.object({
  reactorId: z.string().min(1),
  moverId: z.string().min(1),
  at: z.object({ x: z.number().int().min(0), y: z.number().int().min(0) }),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

export const initiativeEntrySchema = z.object({ id: z.string().min(1), initiative: z.number().int() });
export type InitiativeEntry = z.infer<typeof initiativeEntrySchema>;

/** A fight in progress. No fight is `null`, not an inactive object. */
export const combatSchema = z
  .object({
    /** Round of this fight, from 1. */
    round: z.number().int().min(1),
    /** Everyone in the fight, highest initiative first. */
    order: z.array(initiativeEntrySchema).min(1),
    /** Whose turn it is, as an index into order. */
    turnIndex: z.number().int().min(0),
    turn: turnBudgetSchema,
    /** Creatures that took the Dodge action; it lasts until their next turn starts. */
    dodging: z.array(z.string()).default([]),
    /** Creatures that have used their reaction since their own turn last began (one each per round). */
    reactionsUsed: z.array(z.string()).default([]),
    /** Opportunity attacks offered to people's characters this turn and not yet taken. */
    opportunities: z.array(opportunitySchema).max(32).default([]),
  })
  .refine((c) => c.turnIndex < c.order.length, { message: 'turnIndex must point into the order', path: ['turnIndex'] })
  .refine((c) => new Set(c.order.map((e) => e.id)).size === c.order.length, {
    message: 'a creature may appear in the initiative order once',
    path: ['order'],
  });

export type Combat = z.infer<typeof combatSchema>;

export function currentTurnId(combat: Combat): string {
  const entry = combat.order[combat.turnIndex];
  if (!entry) throw new Error('turnIndex points outside the initiative order');
  return entry.id;
}
