import type { Ability } from './abilities';
import type { AttackProfile } from './attack-profile';
import type { StatBlockInput } from './creature';
import type { DamageType } from './damage-types';
import type { QualifiedDefense } from './monster-shape';
import { monsterArmorClass } from './srd/monsters';
import type { DamageDefense, DamagePart, Monster, MonsterAbility } from './srd/monster-schema';

function typeLine(m: Monster): string {
  if (m.swarmOf) return `swarm of ${m.swarmOf} ${m.type}s`;
  return m.subtype ? `${m.type} (${m.subtype})` : m.type;
}

function sensesLine(m: Monster): string {
  const s = m.senses;
  const parts = [
    s.blindsight !== undefined ? `blindsight ${s.blindsight} ft.${s.blindBeyond ? ' (blind beyond this radius)' : ''}` : null,
    s.darkvision !== undefined ? `darkvision ${s.darkvision} ft.` : null,
    s.tremorsense !== undefined ? `tremorsense ${s.tremorsense} ft.` : null,
    s.truesight !== undefined ? `truesight ${s.truesight} ft.` : null,
    `passive Perception ${s.passivePerception}`,
  ];
  return parts.filter(Boolean).join(', ');
}

function languagesLine(m: Monster): string {
  const telepathy = m.telepathy !== null ? [`telepathy ${m.telepathy} ft.`] : [];
  return [...m.languages, ...telepathy].join(', ').slice(0, 200);
}

/** Defences that always hold go on the sheet; those with a qualifier are kept apart, to be weighed per hit. */
function defences(list: readonly DamageDefense[], defense: QualifiedDefense['defense']): { plain: DamageType[]; qualified: QualifiedDefense[] } {
  const plain = list.filter((d) => !d.nonmagical && d.only === null).flatMap((d) => d.types);
  const qualified = list.flatMap((d): QualifiedDefense[] => {
    if (d.nonmagical) return [{ defense, types: d.types, against: 'nonmagical attacks', except: d.except }];
    return d.only === 'spells' ? [{ defense, types: d.types, against: 'spells', except: null }] : [];
  });
  return { plain: [...new Set(plain)], qualified };
}

/** A part's damage as the engine's attack profile holds it; a part that allows its own save is the monster action's to resolve. */
function profileParts(action: MonsterAbility): Array<{ name: string; parts: DamagePart[] }> {
  const entries = (action.damage ?? []).filter((e) => 'oneOf' in e || !e.save);
  const fixed = entries.flatMap((e) => ('oneOf' in e ? [] : [e]));
  const choice = entries.find((e) => 'oneOf' in e);
  if (!choice || !('oneOf' in choice)) return [{ name: action.name, parts: fixed }];
  // Versatile grips become two attacks, as on a character's sheet; other choices (an element) keep the first.
  const grips = choice.oneOf.filter((o, i, all) => all.findIndex((p) => p.note === o.note) === i);
  if (!grips.every((o) => o.note)) return [{ name: action.name, parts: [choice.oneOf[0]!, ...fixed] }];
  return grips.map((o) => ({ name: o.note === 'two-handed' ? `${action.name} (two-handed)` : action.name, parts: [o, ...fixed] }));
}

/** The attack profiles of a stat block's attack actions, each naming the action it comes from. */
export function monsterAttackProfiles(actions: readonly MonsterAbility[]): AttackProfile[] {
  return actions.flatMap((action) => {
    const attack = action.attack;
    if (!attack?.kind) return [];
    const kind: AttackProfile['kind'] = attack.kind === 'ranged' ? 'ranged' : 'melee';
    const range = attack.range ? { normal: attack.range.normal, long: attack.range.long ?? attack.range.normal } : null;
    return profileParts(action).flatMap(({ name, parts }) => {
      const [damage, ...extraDamage] = parts;
      // An attack that only restrains (a web) deals no damage; its action still resolves it.
      if (!damage) return [];
      return [
        {
          name,
          kind,
          toHit: Math.max(-5, Math.min(20, attack.bonus)),
          damage: { dice: damage.dice, type: damage.type },
          extraDamage: extraDamage.slice(0, 4).map((p) => ({ dice: p.dice, type: p.type })),
          reach: Math.max(5, Math.min(30, attack.reach ?? 5)),
          range,
          source: { kind: 'action' as const, name: action.name },
        },
      ];
    });
  });
}

/**
 * An SRD 5.1 monster as the engine's stat block: every number from the data
 * (armour class, hit points, speeds, scores, saves, skills, defences,
 * senses, challenge), its attacks as profiles and its actions whole, with
 * no descriptive text.
 */
export function statBlockFromMonster(m: Monster): StatBlockInput {
  const resist = defences(m.damageResistances, 'resistance');
  const immune = defences(m.damageImmunities, 'immunity');
  const { walk, hover, ...others } = m.speed;
  const spellcasting = m.traits.find((t) => t.spellcasting)?.spellcasting;
  return {
    id: m.id,
    name: m.name,
    size: m.size,
    creatureType: typeLine(m),
    hitDice: m.hitPointsRoll,
    challenge: m.challengeRating,
    xp: m.xp,
    senses: sensesLine(m),
    languages: languagesLine(m),
    maxHp: m.hitPoints,
    ac: monsterArmorClass(m),
    speed: Math.min(120, walk),
    speeds: { ...others, ...(hover ? { hover } : {}) },
    abilities: m.abilities,
    saveProficiencies: Object.keys(m.savingThrows) as Ability[],
    skillBonuses: m.skills,
    attacks: monsterAttackProfiles(m.actions),
    spellcasting: spellcasting ? { ability: spellcasting.ability } : null,
    damageResistances: resist.plain,
    damageImmunities: immune.plain,
    // A vulnerability that depends on who wields the weapon is left to the DM.
    damageVulnerabilities: [...new Set(m.damageVulnerabilities.filter((d) => d.only === null).flatMap((d) => d.types))],
    qualifiedDefenses: [...resist.qualified, ...immune.qualified],
    conditionImmunities: m.conditionImmunities,
    traits: m.traits,
    actions: m.actions,
    reactions: m.reactions,
    legendaryActions: m.legendaryActions,
  };
}
