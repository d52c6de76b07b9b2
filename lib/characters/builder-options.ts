import 'server-only';
import type { Ability } from '@/lib/rules/abilities';
import { POINT_BUY_BUDGET, STANDARD_ARRAY } from '@/lib/rules/sheet/build-rules';
import {
  allAncestries,
  allBackgrounds,
  allClasses,
  featuresAt,
  getFeature,
  getSubrace,
  getTrait,
  spellsForClass,
  type CharacterClass,
  type RacialTrait,
} from '@/lib/rules/srd';
import { skillLabel } from './labels';
import { equipmentView, type EquipmentView } from './equipment-options';
import { spellLine, spellLines, type SpellLine } from './spell-lines';

/** A value the builder may choose and the words it shows for it. */
export type Choice = { value: string; label: string };
export type Pick = { choose: number; from: Choice[] };

export type AncestryVariant = {
  /** The subrace, or null for an ancestry without subraces. */
  subrace: string | null;
  name: string;
  bonuses: string;
  traits: string[];
  skillChoice: Pick | null;
  cantripChoice: Pick | null;
};

export type AncestryOption = {
  id: string;
  name: string;
  speed: number;
  size: string;
  abilityChoice: Pick | null;
  draconic: Choice[] | null;
  variants: AncestryVariant[];
};

export type FeatureChoice = { id: string; name: string; choose: number; from: Choice[] };

export type ClassOption = {
  id: string;
  name: string;
  hitDie: number;
  saves: Ability[];
  training: string;
  skillChoice: Pick;
  /** Features a level 1 character has. */
  features: string[];
  /** Chosen at level 1 (clerics, sorcerers and warlocks), with the choices each subclass brings then. */
  subclasses: Array<{ id: string; name: string; flavor: string; features: string[]; featureChoices: FeatureChoice[]; alwaysPrepared: SpellLine[] }> | null;
  featureChoices: FeatureChoice[];
  /** How many skills (or thieves' tools) a level 1 character takes expertise in. */
  expertise: number;
  spellcasting: { ability: Ability; preparation: 'prepared' | 'known' | 'spellbook' } | null;
  cantrips: SpellLine[];
  spells: SpellLine[];
  equipment: EquipmentView;
};

export type BackgroundOption = { id: string; name: string; skills: Choice[]; feature: string; gold: string; equipment: EquipmentView };

/** What the character builder offers, worked out on the server so the SRD data stays out of the browser. */
export type BuilderOptions = {
  ancestries: AncestryOption[];
  classes: ClassOption[];
  backgrounds: BackgroundOption[];
  standardArray: readonly number[];
  pointBuyBudget: number;
};

const words = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');

/** A choice's words: a feature's or trait's name, a skill's, a spell's, or the value itself. */
function label(value: string): string {
  return getFeature(value)?.name ?? getTrait(value)?.name ?? spellLines([value])[0]?.name ?? (/[A-Z]/.test(value) || !value.includes('-') ? skillLabel(value) : words(value));
}

const choices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: label(value) }));
const bonusText = (bonuses: ReadonlyArray<{ ability: Ability; bonus: number }>) => bonuses.map((b) => `${b.ability.toUpperCase()} +${b.bonus}`).join(', ');

function variant(traits: RacialTrait[], subrace: string | null, name: string, bonuses: string): AncestryVariant {
  const skill = traits.find((t) => t.proficiencyChoice && t.proficiencyChoice.from !== 'any' && t.proficiencyChoice.from.every((s) => /^[a-z]+([A-Z][a-z]+)*$/.test(s) && !s.includes('-')))?.proficiencyChoice;
  const spell = traits.find((t) => t.spellChoice)?.spellChoice;
  return {
    subrace,
    name,
    bonuses,
    traits: traits.map((t) => t.name),
    skillChoice: skill && skill.from !== 'any' ? { choose: skill.choose, from: choices(skill.from) } : null,
    cantripChoice: spell && spell.from !== 'any' ? { choose: spell.choose, from: choices(spell.from) } : null,
  };
}

function ancestryOptions(): AncestryOption[] {
  return allAncestries().map((a) => {
    const own = a.traits.flatMap((t) => getTrait(t) ?? []);
    const lineage = own.find((t) => t.optionChoice)?.optionChoice;
    const subraces = a.subraces.flatMap((id) => getSubrace(id) ?? []);
    const variants = subraces.length
      ? subraces.map((s) => variant([...own, ...s.traits.flatMap((t) => getTrait(t) ?? [])], s.id, s.name, bonusText([...a.abilityBonuses, ...s.abilityBonuses])))
      : [variant(own, null, a.name, bonusText(a.abilityBonuses))];
    return {
      id: a.id,
      name: a.name,
      speed: a.speed,
      size: a.size,
      abilityChoice: a.abilityChoice ? { choose: a.abilityChoice.choose, from: a.abilityChoice.from.map((ab) => ({ value: ab, label: ab.toUpperCase() })) } : null,
      draconic: lineage && lineage.from !== 'any' ? choices(lineage.from) : null,
      variants,
    };
  });
}

const isExpertise = (id: string) => id.includes('expertise');

function featureChoices(classId: string, subclassId?: string): FeatureChoice[] {
  const own = featuresAt(classId, 1).map((f) => f.id);
  return featuresAt(classId, 1, subclassId)
    .filter((f) => f.options && f.options.choose !== null && !isExpertise(f.id) && (subclassId ? !own.includes(f.id) : true))
    .map((f) => ({ id: f.id, name: f.name, choose: f.options!.choose!, from: choices(f.options!.from) }));
}

function classOption(cls: CharacterClass): ClassOption {
  const level1 = featuresAt(cls.id, 1);
  const subclassAt1 = cls.subclasses.filter((s) => s.levels[0]?.level === 1);
  const casting = cls.spellcasting && cls.spellcasting.fromLevel === 1 ? cls.spellcasting : null;
  const list = casting ? spellsForClass(cls.id, 1) : [];
  return {
    id: cls.id,
    name: cls.name,
    hitDie: cls.hitDie,
    saves: cls.savingThrows,
    training: [...cls.proficiencies.armor.map((a) => (a === 'shield' ? 'shields' : `${a} armour`)), ...cls.proficiencies.weapons.map((w) => (w === 'simple' || w === 'martial' ? `${w} weapons` : label(w)))].join(', '),
    skillChoice: { choose: cls.skillChoice.choose, from: choices(cls.skillChoice.from) },
    features: level1.filter((f) => !f.parent).map((f) => f.name),
    subclasses: subclassAt1.length
      ? subclassAt1.map((s) => ({
          id: s.id,
          name: s.name,
          flavor: s.flavor,
          features: featuresAt(cls.id, 1, s.id).filter((f) => f.subclass === s.id).map((f) => f.name),
          featureChoices: featureChoices(cls.id, s.id),
          alwaysPrepared: spellLines(s.spells.filter((sp) => sp.level === 1 && !sp.feature).map((sp) => sp.spell)),
        }))
      : null,
    featureChoices: featureChoices(cls.id),
    expertise: level1.filter((f) => isExpertise(f.id)).reduce((n, f) => n + (f.options?.choose ?? 0), 0),
    spellcasting: casting ? { ability: casting.ability, preparation: cls.id === 'wizard' ? 'spellbook' : casting.preparation } : null,
    cantrips: list.filter((s) => s.level === 0 && s.classes.includes(cls.id)).map(spellLine),
    spells: list.filter((s) => s.level === 1 && s.classes.includes(cls.id)).map(spellLine),
    equipment: equipmentView(cls.startingEquipment),
  };
}

export function builderOptions(): BuilderOptions {
  return {
    ancestries: ancestryOptions(),
    classes: allClasses().map(classOption),
    backgrounds: allBackgrounds().map((b) => ({
      id: b.id,
      name: b.name,
      skills: choices(b.proficiencies.skills),
      feature: b.feature,
      gold: `${b.startingGold.amount} ${b.startingGold.unit}`,
      equipment: equipmentView(b.startingEquipment),
    })),
    standardArray: STANDARD_ARRAY,
    pointBuyBudget: POINT_BUY_BUDGET,
  };
}

