import { abilities, skills as allSkills, type Ability, type Skill } from '../abilities';
import { getBackground } from '../srd/ancestries';
import { getClass } from '../srd/classes';
import type { Weapon } from '../srd/equipment-schema';
import type { Build } from './build';
import { ancestryTraits } from './build-rules';

/** Armour categories: light, medium, heavy, shield. */
export type ArmorTraining = 'light' | 'medium' | 'heavy' | 'shield';

/** What a character is proficient with, and in what it has expertise. */
export type Proficiencies = {
  skills: Skill[];
  /** Skills it adds its proficiency bonus to twice. */
  expertise: Skill[];
  saves: Ability[];
  armor: ArmorTraining[];
  /** "simple", "martial", or weapon ids. */
  weapons: string[];
  /** Tool ids. */
  tools: string[];
};

/** Subclass features that grant training the class lacks. */
const featureTraining: Record<string, { armor?: ArmorTraining[]; saves?: Ability[] }> = {
  // Life Domain's Bonus Proficiency.
  'bonus-proficiency': { armor: ['heavy'] },
  // Diamond Soul: proficiency in every saving throw.
  'diamond-soul': { saves: [...abilities] },
};

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * Proficiencies from the build: class skills, the background's skills (or
 * a customised background's), ancestry skills, the class's saving throws
 * and training, and the ancestry's and features' training.
 */
export function proficienciesOf(build: Build, features: ReadonlySet<string>): Proficiencies {
  const cls = getClass(build.class.id)!;
  const background = getBackground(build.background.id);
  const traits = ancestryTraits(build);
  const extras = [...features].flatMap((id) => featureTraining[id] ?? []);
  const skills = unique([
    ...build.class.skills,
    ...(build.background.skills ?? background?.proficiencies.skills ?? []),
    ...traits.flatMap((t) => t.proficiencies.skills),
    ...build.ancestry.skills,
  ]);
  return {
    skills: allSkills.filter((s) => skills.includes(s)),
    expertise: allSkills.filter((s) => build.class.expertise.includes(s)),
    saves: abilities.filter((a) => cls.savingThrows.includes(a) || extras.some((e) => e.saves?.includes(a))),
    armor: unique([...cls.proficiencies.armor, ...traits.flatMap((t) => t.proficiencies.armor), ...extras.flatMap((e) => e.armor ?? [])]),
    weapons: unique([...cls.proficiencies.weapons, ...traits.flatMap((t) => t.proficiencies.weapons), ...(background?.proficiencies.weapons ?? [])]),
    tools: unique([...cls.proficiencies.tools, ...traits.flatMap((t) => t.proficiencies.tools), ...(background?.proficiencies.tools ?? [])]),
  };
}

/** Whether a weapon's category or its own id is among the weapons a character is trained with. */
export function proficientWith(weapons: readonly string[], id: string, weapon: Weapon): boolean {
  return weapons.includes(weapon.weapon.category) || weapons.includes(id);
}
