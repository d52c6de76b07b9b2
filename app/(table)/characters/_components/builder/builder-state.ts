import type { Ability } from '@/lib/rules/abilities';
import type { DiceRollRecord } from '@/lib/rules/dice';
import type { BuilderOptions, ClassOption } from '@/lib/characters/builder-options';
import type { EquipmentPick } from '@/lib/characters/equipment-options';

export type AbilityMethod = 'standard-array' | 'point-buy' | 'rolled';

/** Everything chosen so far; ids are empty strings until chosen. */
export type BuilderDraft = {
  name: string;
  persona: string;
  ancestry: { id: string; subrace: string | null; draconicAncestry: string | null; abilityChoices: Ability[]; skills: string[]; cantrip: string | null };
  class: { id: string; subclass: string | null; skills: string[]; expertise: string[]; features: Record<string, string[]> };
  background: { id: string };
  abilities: { method: AbilityMethod; scores: Record<Ability, number>; rolls: DiceRollRecord[] };
  rollToken: string | null;
  equipment: { class: EquipmentPick[]; background: EquipmentPick[] };
  spells: { cantrips: string[]; known: string[]; prepared: string[] };
  portraitAssetId: string | null;
};

export const abilityKeys: Ability[] = ['str', 'dex', 'con', 'int', 'wis', 'cha'];

export function emptyDraft(options: BuilderOptions): BuilderDraft {
  const background = options.backgrounds[0];
  const scores = Object.fromEntries(abilityKeys.map((a, i) => [a, options.standardArray[i]!])) as Record<Ability, number>;
  return {
    name: '',
    persona: '',
    ancestry: { id: '', subrace: null, draconicAncestry: null, abilityChoices: [], skills: [], cantrip: null },
    class: { id: '', subclass: null, skills: [], expertise: [], features: {} },
    background: { id: background?.id ?? '' },
    abilities: { method: 'standard-array', scores, rolls: [] },
    rollToken: null,
    equipment: { class: [], background: background ? firstPicks(background.equipment.choices) : [] },
    spells: { cantrips: [], known: [], prepared: [] },
    portraitAssetId: null,
  };
}

/** The first option of every equipment choice, with the first items of any free pick: a starting point the player changes. */
export function firstPicks(choices: ClassOption['equipment']['choices']): EquipmentPick[] {
  return choices.map((choice) => ({ option: 0, items: choice.options[0]!.picks.flatMap((p) => p.items.slice(0, p.choose).map((i) => i.value)) }));
}

/** A new class clears what belonged to the old one. */
export function withClass(draft: BuilderDraft, cls: ClassOption): BuilderDraft {
  const subclass = cls.subclasses?.[0]?.id ?? null;
  return {
    ...draft,
    class: { id: cls.id, subclass, skills: [], expertise: [], features: {} },
    equipment: { ...draft.equipment, class: firstPicks(cls.equipment.choices) },
    spells: { cantrips: [], known: [], prepared: [] },
  };
}

/** The draft as the API reads it: a level 1 build, or null until ancestry, class and background are chosen. */
export function requestBody(draft: BuilderDraft) {
  if (!draft.ancestry.id || !draft.class.id || !draft.background.id) return null;
  return {
    name: draft.name,
    persona: draft.persona,
    build: {
      level: 1,
      ancestry: draft.ancestry,
      class: draft.class,
      background: { id: draft.background.id, skills: null },
      abilities: draft.abilities,
      improvements: [],
      hitPoints: [],
    },
    equipment: draft.equipment,
    spells: draft.spells,
    portraitAssetId: draft.portraitAssetId,
    rollToken: draft.rollToken,
  };
}

/** Toggles a value in a list of at most `max`, keeping the order chosen. */
export function toggled<T>(list: readonly T[], value: T, max: number): T[] {
  if (list.includes(value)) return list.filter((v) => v !== value);
  return list.length < max ? [...list, value] : [...list];
}

/** Points each score costs under point buy (8 to 15), as the SRD prices them. */
export const pointCost: Record<number, number> = { 8: 0, 9: 1, 10: 2, 11: 3, 12: 4, 13: 5, 14: 7, 15: 9 };

export function pointsSpent(scores: Record<Ability, number>): number {
  return abilityKeys.reduce((sum, a) => sum + (pointCost[scores[a]] ?? 0), 0);
}
