import ancestriesFile from '../data/ancestries.json';
import backgroundsFile from '../data/backgrounds.json';
import type { DamageType } from '../damage-types';
import { ancestriesFileSchema, backgroundsFileSchema, type Ancestry, type Background, type RacialTrait, type Subrace } from './ancestry-schema';
import { lazy } from './common';
import { NameIndex } from './names';
import { traitMechanics, type TraitMechanics } from './trait-mechanics';

const data = lazy(() => {
  const { ancestries, subraces, traits } = ancestriesFileSchema.parse(ancestriesFile);
  const { backgrounds } = backgroundsFileSchema.parse(backgroundsFile);
  return {
    ancestries: new Map(ancestries.map((a) => [a.id, a])),
    subraces: new Map(subraces.map((s) => [s.id, s])),
    traits: new Map(traits.map((t) => [t.id, t])),
    backgrounds: new Map(backgrounds.map((b) => [b.id, b])),
    // A subrace's name finds it too ("hill dwarf"), and the plain ancestry wins over its subraces for "dwarf".
    names: new NameIndex<Ancestry | Subrace>([...ancestries, ...subraces], (r) => r.name),
    backgroundNames: new NameIndex(backgrounds, (b) => b.name),
  };
});

export function allAncestries(): Ancestry[] {
  return [...data().ancestries.values()];
}

export function getAncestry(id: string): Ancestry | undefined {
  return data().ancestries.get(id);
}

export function getSubrace(id: string): Subrace | undefined {
  return data().subraces.get(id);
}

export function getTrait(id: string): RacialTrait | undefined {
  return data().traits.get(id);
}

/** An ancestry or subrace by the name typed: "elf", "hill dwarf", "Half-Orc". */
export function findAncestry(name: string): Ancestry | Subrace | undefined {
  return data().names.find(name);
}

export function allBackgrounds(): Background[] {
  return [...data().backgrounds.values()];
}

export function getBackground(id: string): Background | undefined {
  return data().backgrounds.get(id);
}

export function findBackground(name: string): Background | undefined {
  return data().backgroundNames.find(name);
}

/** An ancestry with its subrace folded in and its traits' mechanics gathered: what a character sheet starts from. */
export type AncestryProfile = Omit<Ancestry, 'traits' | 'subraces'> & {
  subrace: string | null;
  traits: RacialTrait[];
  darkvision: number | null;
  resistances: DamageType[];
  mechanics: Array<{ trait: string } & TraitMechanics>;
};

/**
 * The profile of an ancestry, with a subrace and, for dragonborn, the
 * chosen draconic ancestry trait (`draconic-ancestry-red`), whose damage
 * type gives the resistance. Throws for ids that do not fit together.
 */
export function ancestryProfile(ancestryId: string, options: { subrace?: string; draconicAncestry?: string } = {}): AncestryProfile {
  const ancestry = getAncestry(ancestryId);
  if (!ancestry) throw new RangeError(`No SRD ancestry "${ancestryId}"`);
  const subrace = options.subrace ? getSubrace(options.subrace) : undefined;
  if (options.subrace && subrace?.ancestry !== ancestryId) throw new RangeError(`"${options.subrace}" is not a ${ancestryId} subrace`);
  const lineage = options.draconicAncestry ? getTrait(options.draconicAncestry) : undefined;
  if (options.draconicAncestry && lineage?.parent !== 'draconic-ancestry') throw new RangeError(`"${options.draconicAncestry}" is not a draconic ancestry`);
  const traitIds = [...ancestry.traits, ...(subrace?.traits ?? []), ...(lineage ? [lineage.id] : [])];
  const traits = traitIds.flatMap((id) => getTrait(id) ?? []);
  const mechanics = traits.flatMap((t) => {
    const m = traitMechanics(t.id);
    return m ? [{ trait: t.id, ...m }] : [];
  });
  const resistances = [...new Set([...mechanics.flatMap((m) => m.resistances ?? []), ...(lineage?.damageType ? [lineage.damageType] : [])])];
  const { traits: _traits, subraces: _subraces, ...base } = ancestry;
  return {
    ...base,
    subrace: subrace?.id ?? null,
    abilityBonuses: [...ancestry.abilityBonuses, ...(subrace?.abilityBonuses ?? [])],
    traits,
    darkvision: mechanics.find((m) => m.darkvision)?.darkvision ?? null,
    resistances,
    mechanics,
  };
}
