import { statBlockById } from './bestiary';
import { creatureTypes } from './srd/monster-schema';
import { isCharacter, type Combatant } from './state';

/** One of the SRD's creature types, as features and spells that single some out name them (undead, fiend, construct). */
export type CreatureKind = (typeof creatureTypes)[number];

/**
 * What kind of creature something is, for the rules that care (Turn Undead,
 * Divine Smite's extra die, Lay on Hands): the type its stat block prints
 * ("undead", "humanoid (goblinoid)", "swarm of tiny beasts"), as the
 * creature carries it or, for one placed before creatures carried it, as
 * its SRD stat block says; null for a creature written by hand that no stat
 * block stands behind. Player characters are humanoids, as every SRD
 * ancestry is.
 */
export function creatureKind(c: Combatant): CreatureKind | null {
  if (isCharacter(c)) return 'humanoid';
  const line = c.creatureType ?? (c.statBlockId ? statBlockById(c.statBlockId)?.creatureType : undefined);
  return creatureTypes.find((t) => line?.includes(t)) ?? null;
}
