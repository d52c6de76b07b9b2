import { z } from 'zod';
import { costSchema, damageTypeSchema, dataFileSchema, diceSchema, idSchema } from './common';

export const weaponProperties = ['ammunition', 'finesse', 'heavy', 'light', 'loading', 'reach', 'special', 'thrown', 'two-handed', 'versatile'] as const;
export type WeaponProperty = (typeof weaponProperties)[number];

const rangeSchema = z.object({ normal: z.number().int().positive(), long: z.number().int().positive() });

/**
 * A weapon. `damage` is null for the net, which deals none; `versatile` is
 * the two-handed die; `range` is set for ranged weapons, `thrown` for melee
 * weapons that can be thrown (both in feet, normal and long).
 */
export const weaponSchema = z.object({
  category: z.enum(['simple', 'martial']),
  kind: z.enum(['melee', 'ranged']),
  damage: z.object({ dice: diceSchema, type: damageTypeSchema }).nullable(),
  versatile: diceSchema.nullable(),
  properties: z.array(z.enum(weaponProperties)),
  range: rangeSchema.nullable(),
  thrown: rangeSchema.nullable(),
});

/** Armour: base AC, whether Dexterity adds and up to what, the Strength it needs and whether it hampers stealth. */
export const armorSchema = z.object({
  category: z.enum(['light', 'medium', 'heavy', 'shield']),
  baseAc: z.number().int().positive(),
  addsDex: z.boolean(),
  maxDex: z.number().int().positive().nullable(),
  strMinimum: z.number().int().nonnegative(),
  stealthDisadvantage: z.boolean(),
});

const base = {
  id: idSchema,
  name: z.string(),
  cost: costSchema,
  /** Pounds; null where the SRD gives none (mounts, ships, packs priced as their contents). */
  weight: z.number().nonnegative().nullable(),
};

/**
 * Mundane equipment, by kind. Gear sold in bundles (20 arrows) has the
 * bundle's `quantity`; packs list their `contents` by item id.
 */
export const equipmentSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('weapon'), weapon: weaponSchema }),
  z.object({ ...base, kind: z.literal('armor'), armor: armorSchema }),
  z.object({
    ...base,
    kind: z.literal('gear'),
    gearCategory: z.enum(['standard', 'ammunition', 'arcane focus', 'druidic focus', 'holy symbol', 'kit', 'pack']),
    quantity: z.number().int().positive(),
    contents: z.array(z.object({ item: idSchema, quantity: z.number().int().positive() })),
  }),
  z.object({
    ...base,
    kind: z.literal('tool'),
    toolCategory: z.enum(["artisan's tools", 'gaming set', 'musical instrument', 'other']),
  }),
  z.object({ ...base, kind: z.literal('mount'), speed: z.number().int().positive(), capacity: z.number().int().positive() }),
  /** Saddles, barding, feed, stabling and drawn vehicles. */
  z.object({ ...base, kind: z.literal('tack') }),
  /** Waterborne vehicles; speed in miles per hour. */
  z.object({ ...base, kind: z.literal('vessel'), speedMph: z.number().positive() }),
]);

export type Equipment = z.infer<typeof equipmentSchema>;
export type Weapon = Extract<Equipment, { kind: 'weapon' }>;
export type Armor = Extract<Equipment, { kind: 'armor' }>;
export const equipmentFileSchema = dataFileSchema('equipment', equipmentSchema);
