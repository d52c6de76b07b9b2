import type { Skill } from '../abilities';
import { effectiveMaxHp } from '../combatant';
import { findAncestry, getAncestry, getTrait } from '../srd/ancestries';
import type { CharacterClass } from '../srd/class-schema';
import { findClass, getClass } from '../srd/classes';
import { xpForLevel } from '../srd/progression';
import type { Build } from './build';
import { ancestrySkillChoice, subclassLevel } from './build-rules';
import { modifiers } from './derive-abilities';
import type { LegacyCharacter } from './legacy-character';
import { legacyInventory } from './legacy-inventory';
import { defaultSpells } from './default-spells';
import { deriveSheet } from './derive';
import type { StoredCharacterInput } from './stored-character';

/** A class for a name the SRD lacks: a caster by its spellcasting ability, else a fighter or a rogue by its best attack ability. */
function fallbackClass(c: LegacyCharacter): CharacterClass {
  const byAbility = { int: 'wizard', wis: 'cleric', cha: 'sorcerer' } as const;
  const ability = c.spellcasting?.ability;
  const caster = ability && ability in byAbility ? byAbility[ability as keyof typeof byAbility] : null;
  return getClass(caster ?? ((c.abilities.dex ?? 10) > (c.abilities.str ?? 10) ? 'rogue' : 'fighter'))!;
}

/** The SRD ancestry a name means, with its first subrace where it has some; unknown names become human. */
function legacyAncestry(name: string): Build['ancestry'] {
  const found = findAncestry(name);
  const id = found && 'ancestry' in found ? found.ancestry : (found?.id ?? 'human');
  const ancestry = getAncestry(id)!;
  const subrace = found && 'ancestry' in found ? found.id : (ancestry.subraces[0] ?? null);
  const lineage = ancestry.traits.map(getTrait).find((t) => t?.optionChoice)?.optionChoice?.from[0] ?? null;
  return { id, subrace, draconicAncestry: lineage, abilityChoices: [], skills: [], cantrip: null };
}

/**
 * Shares the skills a legacy sheet listed among the build's choices:
 * first the class's (up to its number), then an ancestry's skill choice,
 * and the rest as a customised background's, so the sheet keeps exactly
 * the skills it had, plus any its ancestry always gives.
 */
function shareSkills(skills: readonly Skill[], cls: CharacterClass, ancestry: Build['ancestry']): { classSkills: Skill[]; ancestrySkills: Skill[]; background: Skill[] } {
  const classSkills = skills.filter((s) => cls.skillChoice.from.includes(s)).slice(0, cls.skillChoice.choose);
  const rest = skills.filter((s) => !classSkills.includes(s));
  const pick = ancestrySkillChoice({ ancestry });
  const ancestrySkills = pick ? rest.filter((s) => pick.from.includes(s)).slice(0, pick.choose) : [];
  return { classSkills, ancestrySkills, background: rest.filter((s) => !ancestrySkills.includes(s)) };
}

/**
 * Turns a character stored before builds into one with a build: its class
 * and ancestry found by name (an unknown one falls back to a sensible SRD
 * choice), its ability scores kept as final ('fixed'), its skills and
 * expertise kept as choices, the SRD subclass where its level has one,
 * average hit points, its weapons and armour as real SRD items (see
 * legacy-inventory.ts), its spells filled in from the class list, and
 * XP at its level's threshold. Its status is kept, with hit points no
 * higher than the derived maximum. Never throws for a character the old
 * schema accepted.
 */
export function characterFromLegacy(c: LegacyCharacter): StoredCharacterInput {
  const cls = findClass(c.className) ?? fallbackClass(c);
  const ancestry = legacyAncestry(c.ancestry);
  const shared = shareSkills(c.proficiencies, cls, ancestry);
  const build: Build = {
    level: c.level,
    ancestry: { ...ancestry, skills: shared.ancestrySkills },
    class: {
      id: cls.id,
      subclass: c.level >= subclassLevel(cls.id) ? (cls.subclasses[0]?.id ?? null) : null,
      skills: shared.classSkills,
      expertise: c.expertise,
      features: {},
    },
    background: { id: 'acolyte', skills: shared.background },
    abilities: { method: 'fixed', scores: c.abilities as Build['abilities']['scores'], rolls: [] },
    improvements: [],
    hitPoints: Array.from({ length: c.level - 1 }, (_, i) => ({ level: i + 2, method: 'average' as const })),
  };
  const mods = modifiers(build.abilities.scores);
  const spells = defaultSpells(build, mods, c.attacks.map((a) => a.name.toLowerCase().replace(/[^a-z]+/g, '-')));
  const { inventory, coins } = legacyInventory(c, build);
  const derived = deriveSheet({ build, inventory: inventory.map((e) => ({ base: null, equipped: false, attuned: false, charges: null, ...e })), spells, effects: c.effects, spellSlots: c.spellSlots });
  return {
    id: c.id,
    name: c.name,
    controller: c.controller,
    persona: c.persona,
    build,
    inventory,
    coins,
    xp: xpForLevel(c.level),
    spells,
    hitDiceSpent: Math.min(c.hitDiceSpent, c.level),
    hp: Math.min(c.hp, effectiveMaxHp({ maxHp: derived.maxHp, exhaustion: c.exhaustion })),
    tempHp: c.tempHp,
    conditions: c.conditions,
    conditionSources: c.conditionSources,
    exhaustion: c.exhaustion,
    deathSaves: c.deathSaves,
    stable: c.stable,
    dead: c.dead,
    position: c.position,
    spellSlots: c.spellSlots,
    effects: c.effects,
    concentration: c.concentration,
  };
}
