import { z } from 'zod';

/**
 * Input pieces the item and coin tools share. Objects are strict: a field
 * the tool does not take (an amount of XP, a price, a bonus) is refused,
 * never ignored, so a model cannot slip a number past the rules.
 */

export const characterRef = z.string().min(1).max(64);

/** An item as the player named it; the engine finds it among what is really there. */
export const itemRef = z.string().min(1).max(80).describe('the item by name, as the player said it ("potion of healing", "rope", "dagger")');

const coin = z.number().int().min(0).max(1_000_000).optional();

/** Coins by kind, a choice among coins that are really there. */
export const coinsRef = z.strictObject({ cp: coin, sp: coin, ep: coin, gp: coin, pp: coin });
