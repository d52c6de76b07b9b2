import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shapes of the 5e-database reference files, as far as the generator
 * reads them. Descriptive text fields are left out on purpose: the
 * generator never reads `desc` or `higher_level` except where a record's
 * only statement of a mechanical fact is in its text (an attack's reach, an
 * item's attunement), and then it keeps the fact, never the words.
 */
export type Ref = { index: string; name: string };
export type Damage = { damage_type?: Ref; damage_dice?: string; choose?: number; from?: { options: DamageOption[] }; dc?: Dc };
export type DamageOption = { damage_type: Ref; damage_dice: string; notes?: string };
export type Dc = { dc_type: Ref; dc_value?: number; success_type?: string; dc_success?: string };
export type Usage = { type: string; times?: number; min_value?: number; rest_types?: string[] };
export type Option = {
  option_type: string;
  item?: Ref;
  of?: Ref;
  count?: number | string;
  items?: Option[];
  choice?: Choice;
  action_name?: string;
  type?: string;
  string?: string;
  ability_score?: Ref;
  bonus?: number;
  name?: string;
  dc?: Dc;
  damage?: Damage[];
};
/** A choice among options; a few lists (favoured enemy types, terrains) hold bare strings, which readers allow for. */
export type Choice = { choose: number; type?: string; from: { option_set_type: string; options?: Option[]; equipment_category?: Ref } };

export type RefSpell = Ref & {
  level: number;
  school: Ref;
  casting_time: string;
  ritual: boolean;
  range: string;
  components: string[];
  material?: string;
  duration: string;
  concentration: boolean;
  classes: Ref[];
  subclasses: Ref[];
  attack_type?: string;
  dc?: Dc;
  damage?: { damage_type?: Ref; damage_at_slot_level?: Record<string, string>; damage_at_character_level?: Record<string, string> };
  heal_at_slot_level?: Record<string, string>;
  area_of_effect?: { type: string; size: number };
};

export type RefAction = {
  name: string;
  desc?: string;
  attack_bonus?: number;
  damage?: Damage[];
  dc?: Dc;
  usage?: Usage;
  multiattack_type?: string;
  actions?: Array<{ action_name: string; count: number | string; type: string }>;
  action_options?: Choice;
  options?: Choice;
  attacks?: RefAction[];
  spellcasting?: {
    level?: number;
    ability: Ref;
    dc?: number;
    modifier?: number;
    components_required: string[];
    school?: string;
    slots?: Record<string, number>;
    spells: Array<{ name: string; level: number; url: string; usage?: Usage }>;
  };
};

export type RefMonster = Ref & {
  size: string;
  type: string;
  subtype?: string;
  alignment: string;
  armor_class: Array<{ type: string; value: number; armor?: Ref[]; spell?: Ref; condition?: Ref }>;
  hit_points: number;
  hit_dice: string;
  hit_points_roll: string;
  speed: Record<string, string | boolean>;
  strength: number;
  dexterity: number;
  constitution: number;
  intelligence: number;
  wisdom: number;
  charisma: number;
  proficiencies: Array<{ value: number; proficiency: Ref }>;
  damage_vulnerabilities: string[];
  damage_resistances: string[];
  damage_immunities: string[];
  condition_immunities: Ref[];
  senses: Record<string, string | number>;
  languages: string;
  challenge_rating: number;
  proficiency_bonus: number;
  xp: number;
  special_abilities?: RefAction[];
  actions?: RefAction[];
  reactions?: RefAction[];
  legendary_actions?: RefAction[];
  forms?: Ref[];
};

export type RefEquipment = Ref & {
  equipment_category: Ref;
  gear_category?: Ref;
  weapon_category?: string;
  weapon_range?: string;
  cost: { quantity: number; unit: string };
  weight?: number;
  damage?: { damage_dice: string; damage_type: Ref };
  two_handed_damage?: { damage_dice: string; damage_type: Ref };
  range?: { normal: number; long?: number };
  throw_range?: { normal: number; long: number };
  properties?: Ref[];
  armor_category?: string;
  armor_class?: { base: number; dex_bonus: boolean; max_bonus?: number };
  str_minimum?: number;
  stealth_disadvantage?: boolean;
  quantity?: number;
  contents?: Array<{ item: Ref; quantity: number }>;
  tool_category?: string;
  vehicle_category?: string;
  speed?: { quantity: number; unit: string };
  capacity?: string;
};

export type RefMagicItem = Ref & { equipment_category: Ref; rarity: { name: string }; variants: Ref[]; variant: boolean; desc: string[] };

export type RefClass = Ref & {
  hit_die: number;
  proficiency_choices: Choice[];
  proficiencies: Ref[];
  saving_throws: Ref[];
  starting_equipment: Array<{ equipment: Ref; quantity: number }>;
  starting_equipment_options: Choice[];
  subclasses: Ref[];
  spellcasting?: { level: number; spellcasting_ability: Ref };
};

export type RefLevel = {
  index: string;
  level: number;
  class: Ref;
  subclass?: Ref;
  ability_score_bonuses?: number;
  prof_bonus?: number;
  features: Ref[];
  spellcasting?: Record<string, number>;
  class_specific?: Record<string, number | { dice_count: number; dice_value: number }>;
  subclass_specific?: Record<string, number>;
};

export type RefFeature = Ref & {
  level: number;
  class: Ref;
  subclass?: Ref;
  parent?: Ref;
  feature_specific?: Record<string, Choice | Ref[]>;
};

export type RefSubclass = Ref & {
  class: Ref;
  subclass_flavor: string;
  spells?: Array<{ prerequisites: Array<{ index: string; type: string }>; spell: Ref }>;
};
export type RefProficiency = Ref & { type: string; reference: Ref & { url: string } };
export type RefRace = Ref & {
  speed: number;
  size: string;
  ability_bonuses: Array<{ ability_score: Ref; bonus: number }>;
  ability_bonus_options?: Choice;
  languages: Ref[];
  language_options?: Choice;
  traits: Ref[];
  subraces: Ref[];
};
export type RefSubrace = Ref & { race: Ref; ability_bonuses: Array<{ ability_score: Ref; bonus: number }>; racial_traits: Ref[] };
export type RefTrait = Ref & {
  races: Ref[];
  subraces: Ref[];
  proficiencies: Ref[];
  proficiency_choices?: Choice;
  language_options?: Choice;
  parent?: Ref;
  trait_specific?: { damage_type?: Ref; spell_options?: Choice; subtrait_options?: Choice; breath_weapon?: { area_of_effect: { type: string; size: number }; dc: Dc; damage: Array<{ damage_type: Ref; damage_at_character_level: Record<string, string> }> } };
};
export type RefBackground = Ref & {
  starting_proficiencies: Ref[];
  language_options?: Choice;
  starting_equipment: Array<{ equipment: Ref; quantity: number }>;
  starting_equipment_options: Choice[];
  starting_gold?: { quantity: number; unit: string };
  feature: { name: string };
};

/** Every reference file the generator reads. */
export type Reference = {
  spells: RefSpell[];
  monsters: RefMonster[];
  equipment: RefEquipment[];
  magicItems: RefMagicItem[];
  classes: RefClass[];
  levels: RefLevel[];
  features: RefFeature[];
  subclasses: RefSubclass[];
  proficiencies: RefProficiency[];
  races: RefRace[];
  subraces: RefSubrace[];
  traits: RefTrait[];
  backgrounds: RefBackground[];
  conditions: Ref[];
  languages: Ref[];
};

const files: Record<keyof Reference, string> = {
  spells: 'Spells',
  monsters: 'Monsters',
  equipment: 'Equipment',
  magicItems: 'Magic-Items',
  classes: 'Classes',
  levels: 'Levels',
  features: 'Features',
  subclasses: 'Subclasses',
  proficiencies: 'Proficiencies',
  races: 'Races',
  subraces: 'Subraces',
  traits: 'Traits',
  backgrounds: 'Backgrounds',
  conditions: 'Conditions',
  languages: 'Languages',
};

/** The repository root, which relative reference paths are resolved against. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The reference folder: SRD_REFERENCE_DIR if set, else ../shared/data/srd51-reference beside the repository. */
export function referenceDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.SRD_REFERENCE_DIR || '../shared/data/srd51-reference');
}

export function readReference(dir: string): Reference {
  const read = (name: string) => JSON.parse(readFileSync(path.join(dir, `5e-SRD-${name}.json`), 'utf8'));
  return Object.fromEntries(Object.entries(files).map(([key, name]) => [key, read(name)])) as Reference;
}
