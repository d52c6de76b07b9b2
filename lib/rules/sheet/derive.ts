import type { Ability, Skill } from '../abilities';
import type { AttackProfile } from '../attack-profile';
import type { SpellSlot } from '../combatant';
import type { Condition } from '../conditions';
import type { DamageType } from '../damage-types';
import { ancestryProfile, getSubrace } from '../srd/ancestries';
import { columnAt, featuresThrough, getClass } from '../srd/classes';
import { featureResource } from '../srd/feature-resources';
import { proficiencyBonusForLevel } from '../srd/progression';
import type { AbilityScores, Build } from './build';
import { ancestryTraits } from './build-rules';
import { abilityScores, modifiers } from './derive-abilities';
import { unarmedStrike, weaponAttacks, type AttackInputs, type Carried } from './derive-attacks';
import { armorClass, resistances, saveBonuses, walkingSpeed, type DefenseInputs } from './derive-defenses';
import { maxHitPoints } from './derive-hit-points';
import { proficienciesOf, type Proficiencies } from './derive-proficiencies';
import { cantripAttacks, spellLimits, spellSlots, type KnownCantrip, type SpellLimits, type StoredSlot } from './derive-spellcasting';
import { modifiersOf, type Effect } from './effects';
import type { InventoryItem } from './inventory';
import { itemFacts } from './items';
import { resourceLimits, type ResourceLimit } from './resources';
import type { CharacterSpells } from './spellbook';

/** The stored parts of a character the sheet's numbers are derived from. */
export type SheetSources = {
  build: Build;
  inventory: readonly InventoryItem[];
  spells: CharacterSpells;
  effects: readonly Effect[];
  spellSlots: readonly StoredSlot[];
};

/** Every number a character's sheet derives from its build, its gear and the effects on it. */
export type DerivedSheet = {
  /** The ancestry's display name (its subrace's, when it has one). */
  ancestry: string;
  className: string;
  level: number;
  hitDie: 'd6' | 'd8' | 'd10' | 'd12';
  proficiencyBonus: number;
  abilities: AbilityScores;
  maxHp: number;
  ac: number;
  speed: number;
  proficiencies: Skill[];
  expertise: Skill[];
  saveProficiencies: Ability[];
  /** Flat bonuses to saving throws from items and effects, by ability. */
  saveBonus: Record<Ability, number>;
  /** Armour, weapon and tool training. */
  training: Pick<Proficiencies, 'armor' | 'weapons' | 'tools'>;
  attacks: AttackProfile[];
  attacksPerAction: number;
  spellcasting: { ability: Ability } | null;
  spellLimits: SpellLimits;
  spellSlots: SpellSlot[];
  damageResistances: DamageType[];
  damageVulnerabilities: DamageType[];
  damageImmunities: DamageType[];
  conditionImmunities: Array<Condition | 'exhaustion'>;
  darkvision: number | null;
  /** Class and subclass features through the level, and the options chosen for them. */
  features: string[];
  /** Limited-use feature resources, by the feature id they are kept under. */
  resourceLimits: Record<string, ResourceLimit>;
};

const hitDice = { 6: 'd6', 8: 'd8', 10: 'd10', 12: 'd12' } as const;

/** Features and traits that make a creature immune to something. */
const featureImmunities: Record<string, { damage: DamageType[]; conditions: Condition[] }> = {
  'purity-of-body': { damage: ['poison'], conditions: ['poisoned'] },
};

/** Attacks one Attack action makes: the best Extra Attack the class has reached. */
function attacksPerAction(level: number, features: readonly string[]): number {
  const counts = features.map((id) => featureResource(id, level)?.values.attacks ?? 1);
  return Math.min(4, Math.max(1, ...counts));
}

/**
 * Works out a character's sheet from its build, inventory, spells and
 * active effects. Pure: the same sources always give the same sheet, so
 * parsing a stored character always yields fresh numbers.
 */
export function deriveSheet(sources: SheetSources): DerivedSheet {
  const { build, inventory, spells, effects } = sources;
  const cls = getClass(build.class.id)!;
  const level = build.level;
  const classFeatures = featuresThrough(cls.id, level, build.class.subclass ?? undefined).map((f) => f.id);
  const chosen = Object.values(build.class.features).flat();
  const traits = ancestryTraits(build);
  const owned = new Set([...classFeatures, ...chosen, ...traits.map((t) => t.id)]);
  const carried: Carried[] = inventory.flatMap((entry) => {
    const facts = itemFacts(entry);
    return facts ? [{ entry, facts }] : [];
  });
  const working = carried.filter(({ entry, facts }) => entry.equipped && (!facts.requiresAttunement || entry.attuned)).map((c) => c.facts);
  const scores = abilityScores(build, owned, working, effects);
  const mods = modifiers(scores);
  const proficiencyBonus = proficiencyBonusForLevel(level);
  const profile = ancestryProfile(build.ancestry.id, { subrace: build.ancestry.subrace ?? undefined, draconicAncestry: build.ancestry.draconicAncestry ?? undefined });
  const training = proficienciesOf(build, owned);
  const defenses: DefenseInputs = { mods, str: scores.str, owned, working, effects };
  const martialArts = owned.has('martial-arts') ? String(columnAt(cls.id, level, 'martialArts')) : null;
  const attackInputs: AttackInputs = { mods, proficiencyBonus, weapons: training.weapons, owned, carried, effects, martialArtsDie: martialArts };
  const limits = spellLimits(build, mods);
  const cantrips: KnownCantrip[] = [
    ...(limits.ability ? spells.cantrips.map((spellId) => ({ spellId, ability: limits.ability! })) : []),
    ...(build.ancestry.cantrip ? [{ spellId: build.ancestry.cantrip, ability: 'int' as const }] : []),
  ];
  const unarmoredMovement = Number(columnAt(cls.id, level, 'unarmoredMovement') ?? 0);
  const immunities = [...owned].flatMap((id) => featureImmunities[id] ?? []);
  return {
    ancestry: (build.ancestry.subrace && getSubrace(build.ancestry.subrace)?.name) || profile.name,
    className: cls.name,
    level,
    hitDie: hitDice[cls.hitDie as keyof typeof hitDice],
    proficiencyBonus,
    abilities: scores,
    maxHp: maxHitPoints(build, mods.con, owned, effects),
    ac: armorClass(defenses),
    speed: walkingSpeed(profile.speed, build.ancestry.id, unarmoredMovement, defenses),
    proficiencies: training.skills,
    expertise: training.expertise,
    saveProficiencies: training.saves,
    saveBonus: saveBonuses(working, effects),
    training: { armor: training.armor, weapons: training.weapons, tools: training.tools },
    attacks: [...weaponAttacks(attackInputs), unarmedStrike(attackInputs), ...cantripAttacks(cantrips, level, attackInputs, working)],
    attacksPerAction: attacksPerAction(level, classFeatures),
    spellcasting: limits.ability ? { ability: limits.ability } : null,
    spellLimits: limits,
    spellSlots: spellSlots(cls.id, level, sources.spellSlots),
    damageResistances: resistances(profile.resistances, working, effects),
    damageVulnerabilities: [],
    damageImmunities: [...new Set(immunities.flatMap((i) => i.damage))],
    conditionImmunities: [...new Set([...immunities.flatMap((i) => i.conditions), ...modifiersOf(effects, 'condition immunity').flatMap((m) => m.conditions)])],
    darkvision: profile.darkvision,
    features: [...new Set([...classFeatures, ...chosen])],
    resourceLimits: resourceLimits(cls.id, level, build.class.subclass, mods),
  };
}
