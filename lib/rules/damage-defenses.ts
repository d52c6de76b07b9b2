import { attackSource, type AttackProfile } from './attack-profile';
import type { DamageDefenses } from './damage-types';
import { itemFacts } from './sheet/items';
import { isCharacter, type Combatant } from './state';

/** What damage comes from, as far as defences with a qualifier care. */
export type DamageOrigin = { kind: 'attack'; magical: boolean } | { kind: 'spell' } | { kind: 'other' };

/** Traits that make a creature's weapon attacks magical (SRD stat blocks name them so). */
const magicWeaponTraits = ['Magic Weapons', 'Angelic Weapons', 'Hellish Weapons'];

/**
 * Whether an attack counts as magical against "nonmagical attacks"
 * defences: a spell's, a magic weapon's (one the attacker carries as a magic
 * item), or a creature's whose stat block says its weapon attacks are magical.
 */
export function isMagicalAttack(attacker: Combatant, profile: AttackProfile): boolean {
  const source = attackSource(profile);
  if (source.kind === 'spell') return true;
  if (source.kind === 'weapon' && isCharacter(attacker)) {
    const entry = attacker.inventory.find((e) => e.item === source.itemId);
    return entry ? itemFacts(entry)?.magic != null : false;
  }
  if (isCharacter(attacker)) return false;
  return attacker.traits.some((t) => magicWeaponTraits.includes(t.name));
}

/**
 * A creature's damage defences against damage of one origin: what always
 * holds, plus the qualified ones that hold for it (resistance or immunity
 * to nonmagical attacks, to spells). The SRD holds no silvered or
 * adamantine weapons, so those exceptions never get through.
 */
export function defensesAgainst(target: Combatant, origin: DamageOrigin): DamageDefenses {
  const qualified = isCharacter(target) ? [] : target.qualifiedDefenses;
  const holding = qualified.filter((d) => (d.against === 'spells' ? origin.kind === 'spell' : origin.kind === 'attack' && !origin.magical));
  const of = (defense: 'resistance' | 'immunity') => holding.filter((d) => d.defense === defense).flatMap((d) => d.types);
  return {
    damageResistances: [...target.damageResistances, ...of('resistance')],
    damageImmunities: [...target.damageImmunities, ...of('immunity')],
    damageVulnerabilities: target.damageVulnerabilities,
  };
}
