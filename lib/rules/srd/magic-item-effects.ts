import { z } from 'zod';
import { abilitySchema, damageTypeSchema, diceSchema, idSchema, lazy } from './common';

/** What a magic item does, where it is simple enough to state as numbers. */
export const magicItemEffectPartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heal'), dice: diceSchema }),
  z.object({ kind: z.literal('temporary hit points'), amount: z.number().int().positive() }),
  /** The drinker is under a spell's effect without concentrating (Potion of Heroism: bless). */
  z.object({ kind: z.literal('spell effect'), spell: idSchema, hours: z.number().positive() }),
  z.object({ kind: z.literal('attack and damage bonus'), bonus: z.number().int().positive() }),
  z.object({ kind: z.literal('spell attack bonus'), bonus: z.number().int().positive() }),
  z.object({ kind: z.literal('ac bonus'), bonus: z.number().int().positive() }),
  z.object({ kind: z.literal('save bonus'), bonus: z.number().int().positive() }),
  /** The ability score becomes `score` unless already higher; `hours` for potions, absent while worn. */
  z.object({ kind: z.literal('set ability score'), ability: abilitySchema, score: z.number().int(), hours: z.number().positive().optional() }),
  z.object({ kind: z.literal('resistance'), types: z.array(damageTypeSchema).min(1) }),
  z.object({ kind: z.literal('capacity'), pounds: z.number().positive(), cubicFeet: z.number().positive(), weight: z.number().positive() }),
  /** A spell scroll's spell level and the DC and attack bonus its spell uses. */
  z.object({ kind: z.literal('spell scroll'), spellLevel: z.number().int().min(0).max(9), saveDc: z.number().int(), attackBonus: z.number().int() }),
  /**
   * Charges spent to cast `spell` at `baseLevel` (+1 slot level per extra
   * charge), regained at dawn; on spending the last, a d20 roll of 1
   * destroys the item. `saveDc` where the item fixes it.
   */
  z.object({
    kind: z.literal('charges'),
    max: z.number().int().positive(),
    regain: diceSchema,
    spell: idSchema,
    baseLevel: z.number().int().min(1).max(9),
    saveDc: z.number().int().optional(),
    mayCrumble: z.boolean(),
  }),
]);

export const magicItemEffectSchema = z.object({ item: idSchema, effects: z.array(magicItemEffectPartSchema).min(1) });
export type MagicItemEffect = z.infer<typeof magicItemEffectSchema>;

const plus = (prefix: string, kinds: Array<'attack and damage bonus' | 'ac bonus' | 'spell attack bonus'>) =>
  [1, 2, 3].map((bonus) => ({ item: `${prefix}-${bonus}`, effects: kinds.map((kind) => ({ kind, bonus })) }));

const giants = [
  ['hill', 21],
  ['stone', 23],
  ['frost', 23],
  ['fire', 25],
  ['cloud', 27],
  ['storm', 29],
] as const;

/** Spell scroll numbers by spell level (0 = cantrip): save DC and attack bonus. */
const scrolls = [[13, 5], [13, 5], [13, 5], [15, 7], [15, 7], [17, 9], [17, 9], [18, 10], [18, 10], [19, 11]] as const;
const ordinal = ['cantrip', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th'];
const damageTypes = ['acid', 'cold', 'fire', 'force', 'lightning', 'necrotic', 'poison', 'psychic', 'radiant', 'thunder'] as const;

/**
 * The common consumables and bonus items, written for Roundtable from the
 * SRD 5.1 item descriptions: healing potions, +N weapons, armour and
 * ammunition, protection items, set-score items, scrolls and wands.
 */
const magicItemEffectData: MagicItemEffect[] = [
  { item: 'potion-of-healing-common', effects: [{ kind: 'heal', dice: '2d4+2' }] },
  { item: 'potion-of-healing-greater', effects: [{ kind: 'heal', dice: '4d4+4' }] },
  { item: 'potion-of-healing-superior', effects: [{ kind: 'heal', dice: '8d4+8' }] },
  { item: 'potion-of-healing-supreme', effects: [{ kind: 'heal', dice: '10d4+20' }] },
  { item: 'potion-of-heroism', effects: [{ kind: 'temporary hit points', amount: 10 }, { kind: 'spell effect', spell: 'bless', hours: 1 }] },
  ...plus('weapon', ['attack and damage bonus']),
  ...plus('ammunition', ['attack and damage bonus']),
  ...plus('armor', ['ac bonus']),
  ...plus('wand-of-the-war-mage', ['spell attack bonus']),
  { item: 'ring-of-protection', effects: [{ kind: 'ac bonus', bonus: 1 }, { kind: 'save bonus', bonus: 1 }] },
  { item: 'cloak-of-protection', effects: [{ kind: 'ac bonus', bonus: 1 }, { kind: 'save bonus', bonus: 1 }] },
  { item: 'bag-of-holding', effects: [{ kind: 'capacity', pounds: 500, cubicFeet: 64, weight: 15 }] },
  { item: 'gauntlets-of-ogre-power', effects: [{ kind: 'set ability score', ability: 'str', score: 19 }] },
  { item: 'headband-of-intellect', effects: [{ kind: 'set ability score', ability: 'int', score: 19 }] },
  { item: 'amulet-of-health', effects: [{ kind: 'set ability score', ability: 'con', score: 19 }] },
  ...giants.map(([giant, score]) => ({ item: `belt-of-giant-strength-${giant}`, effects: [{ kind: 'set ability score' as const, ability: 'str' as const, score }] })),
  ...giants.map(([giant, score]) => ({
    item: `potion-of-giant-strength-${giant}`,
    effects: [{ kind: 'set ability score' as const, ability: 'str' as const, score, hours: 1 }],
  })),
  ...damageTypes.map((type) => ({ item: `ring-of-resistance-${type}`, effects: [{ kind: 'resistance' as const, types: [type] }] })),
  ...scrolls.map(([saveDc, attackBonus], level) => ({
    item: `spell-scroll-${ordinal[level]}`,
    effects: [{ kind: 'spell scroll' as const, spellLevel: level, saveDc, attackBonus }],
  })),
  { item: 'wand-of-magic-missiles', effects: [{ kind: 'charges', max: 7, regain: '1d6+1', spell: 'magic-missile', baseLevel: 1, mayCrumble: true }] },
  { item: 'wand-of-fireballs', effects: [{ kind: 'charges', max: 7, regain: '1d6+1', spell: 'fireball', baseLevel: 3, saveDc: 15, mayCrumble: true }] },
  { item: 'wand-of-lightning-bolts', effects: [{ kind: 'charges', max: 7, regain: '1d6+1', spell: 'lightning-bolt', baseLevel: 3, saveDc: 15, mayCrumble: true }] },
];

const effects = lazy(() => new Map(magicItemEffectData.map((e) => [e.item, magicItemEffectSchema.parse(e)])));

/** The overlay's effects for a magic item id (a concrete version, such as `potion-of-healing-greater`). */
export function magicItemEffect(itemId: string): MagicItemEffect | undefined {
  return effects().get(itemId);
}

/** Every item id the overlay covers. */
export function itemsWithEffects(): string[] {
  return [...effects().keys()].sort();
}
