import { z } from 'zod';
import { refineCombatant, sheetShape, statusShape } from './combatant';
import type { Cell } from './grid';
import { actionUsesShape, monsterShape } from './monster-shape';
import { goodsStackSchema, type GoodsStack } from './scene-goods';
import { coinsSchema, type Coins } from './sheet/inventory';

export const sizeSchema = z.enum(['tiny', 'small', 'medium', 'large', 'huge', 'gargantuan']);

/**
 * A monster or NPC template, the way a bestiary prints it: the numbers of a
 * stat block, and its traits and actions with their mechanics. SRD monsters
 * come without text (srd-stat-block.ts); a hand-written block may carry a
 * description and trait reminders of its own.
 */
export const statBlockSchema = z.object({
  /** Bestiary key, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/).max(64),
  name: z.string().min(1).max(80),
  size: sizeSchema,
  creatureType: z.string().min(1).max(40),
  /** Dice the hit point average comes from, for DMs who roll instead. */
  hitDice: z.string().min(1).max(20),
  /** Challenge rating: 0, 1/8, 1/4, 1/2, then whole numbers. */
  challenge: z.number().min(0).max(30),
  xp: z.number().int().min(0),
  languages: z.string().max(200).default(''),
  description: z.string().min(1).max(600).optional(),
  ...sheetShape,
  ...monsterShape,
});

export type StatBlock = z.output<typeof statBlockSchema>;
export type StatBlockInput = z.input<typeof statBlockSchema>;

/** A monster or NPC present in the scene: a stat block plus how it is doing now. */
export const creatureSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(80),
    /** The bestiary entry it was made from, if any. */
    statBlockId: z.string().max(64).nullable().default(null),
    /**
     * The type its stat block prints ("undead", "humanoid (goblinoid)"),
     * carried so the rules that single out a kind need not look the block up
     * again (an imported monster's is no SRD entry); null for one written by
     * hand, and for creatures placed before it was carried.
     */
    creatureType: z.string().max(40).nullable().default(null),
    /** Hostile creatures fight the party; the rest side with it. */
    hostile: z.boolean().default(true),
    size: sizeSchema.default('medium'),
    challenge: z.number().min(0).max(30),
    /** What it carries that can be taken from it; null is what its stat block shows (creature-gear.ts). */
    gear: z.array(goodsStackSchema).max(50).nullable().default(null),
    /** Coins it carries: none unless the campaign gives it some. */
    coins: coinsSchema.prefault({}),
    /** The party has had the experience for defeating it, so it is never counted twice. */
    xpAwarded: z.boolean().default(false),
    ...sheetShape,
    ...monsterShape,
    ...statusShape,
    ...actionUsesShape,
  })
  .superRefine(refineCombatant);

export type Creature = z.output<typeof creatureSchema>;
export type CreatureInput = z.input<typeof creatureSchema>;

/** The proficiency bonus the SRD ties to a challenge rating (CR 0-4 is +2, 5-8 is +3...). */
export function proficiencyForChallenge(challenge: number): number {
  return 2 + Math.floor((Math.max(1, Math.ceil(challenge)) - 1) / 4);
}

/** A stat block's spell slots, all unspent: what its Spellcasting trait lists by level (innate spells need none). */
function traitSpellSlots(block: StatBlock): Array<{ level: number; max: number; remaining: number }> {
  const slots = block.traits.find((t) => t.spellcasting)?.spellcasting?.slots ?? [];
  return slots.map((s) => ({ level: s.level, max: Math.min(4, s.count), remaining: Math.min(4, s.count) }));
}

/** Puts a fresh creature from a stat block into the scene, at full hit points and with its spell slots. */
export function spawnCreature(
  block: StatBlockInput,
  options: { id: string; name?: string; hostile?: boolean; position?: Cell | null; coins?: Partial<Coins>; gear?: GoodsStack[] },
): Creature {
  const parsed = statBlockSchema.parse(block);
  // The creature schema strips the bestiary-only fields (text, xp, hit dice).
  return creatureSchema.parse({
    ...parsed,
    id: options.id,
    name: options.name ?? parsed.name,
    statBlockId: parsed.id,
    hostile: options.hostile ?? true,
    hp: parsed.maxHp,
    conditions: [],
    position: options.position ?? null,
    coins: options.coins ?? {},
    spellSlots: traitSpellSlots(parsed),
    // A stat block not in the SRD carries what it wields and wears itself; an SRD one's is looked up (creature-gear.ts).
    gear: options.gear ?? null,
  });
}
