import { characterSchema, type CharacterSheet } from '@/lib/rules/state';
import { getBackground, getClass } from '@/lib/rules/srd';
import type { Build } from '@/lib/rules/sheet/build';
import { buildIssues, buildProblems } from '@/lib/rules/sheet/build-rules';
import { deriveSheet } from '@/lib/rules/sheet/derive';
import { itemFacts } from '@/lib/rules/sheet/items';
import { unpack, type ItemCount } from '@/lib/rules/sheet/starting-equipment';
import type { StoredCharacterInput } from '@/lib/rules/sheet/stored-character';
import type { CharacterDraft } from './draft';
import { chosenEquipment, equipmentName } from './equipment-options';
import { spellsStillToChoose } from './spell-choices';

/** A draft made into a character: its stored form, its sheet when the rules accept it, and what is wrong or still to choose. */
export type AssembledCharacter = {
  character: StoredCharacterInput;
  sheet: CharacterSheet | null;
  /** What the rules forbid in the draft. */
  problems: string[];
  /** Choices the draft has not made yet. */
  missing: string[];
};

type Training = ReturnType<typeof deriveSheet>['training'];

function trainedIn(item: string, training: Training): boolean {
  const facts = itemFacts({ item, base: null });
  if (facts?.armor) return training.armor.includes(facts.armor.armor.category);
  if (facts?.weapon) return training.weapons.includes(facts.weapon.weapon.category) || training.weapons.includes(item);
  return true;
}

/** Wears the best armour it is trained in, its shield if trained, and holds its weapons. */
function equip(items: readonly ItemCount[], training: Training) {
  const armour = items
    .map((i) => ({ id: i.item, armor: itemFacts({ item: i.item, base: null })?.armor?.armor }))
    .filter((a) => a.armor && a.armor.category !== 'shield' && trainedIn(a.id, training))
    .sort((a, b) => b.armor!.baseAc - a.armor!.baseAc)[0]?.id;
  return items.map((i) => {
    const facts = itemFacts({ item: i.item, base: null });
    const shield = facts?.armor?.armor.category === 'shield' && trainedIn(i.item, training);
    return { ...i, equipped: i.item === armour || shield || !!facts?.weapon };
  });
}

function startingGear(build: Build, draft: CharacterDraft, training: Training) {
  const cls = getClass(build.class.id)!;
  const background = getBackground(build.background.id)!;
  const fromClass = chosenEquipment(cls.startingEquipment, draft.equipment.class, cls.name);
  const fromBackground = chosenEquipment(background.startingEquipment, draft.equipment.background, background.name);
  const problems = [...fromClass.problems, ...fromBackground.problems];
  const items = [...fromClass.items, ...fromBackground.items].filter((i) => {
    if (!i.ifProficient || trainedIn(i.item, training)) return true;
    problems.push(`${equipmentName(i.item)} is for those trained in it; this ${cls.name} is not`);
    return false;
  });
  const gold = background.startingGold;
  return { inventory: unpack(equip(items, training)), coins: { [gold.unit]: gold.amount }, problems, missing: [...fromClass.missing, ...fromBackground.missing] };
}

function parseIssues(character: StoredCharacterInput): { sheet: CharacterSheet | null; problems: string[] } {
  const parsed = characterSchema.safeParse(character);
  if (parsed.success) return { sheet: parsed.data, problems: [] };
  return { sheet: null, problems: [...new Set(parsed.error.issues.map((i) => i.message))] };
}

/**
 * Makes a builder's draft into a stored character and checks it with the
 * same rules every sheet at a table obeys. When the spells chosen break
 * them, the sheet is still worked out without spells, so the builder can
 * show the rest while the player fixes them.
 */
export function assembleCharacter(draft: CharacterDraft, id: string): AssembledCharacter {
  const build = draft.build;
  const base: StoredCharacterInput = { id, name: draft.name || 'Unnamed', controller: 'human', persona: draft.persona, build };
  const problems = buildProblems(build);
  if (!getClass(build.class.id) || !getBackground(build.background.id) || problems.length) return { character: base, sheet: null, problems, missing: [] };
  const noSpells = { cantrips: [], known: [], prepared: [] };
  const { training } = deriveSheet({ build, inventory: [], spells: noSpells, effects: [], spellSlots: [] });
  const gear = startingGear(build, draft, training);
  const character: StoredCharacterInput = { ...base, inventory: gear.inventory, coins: gear.coins, spells: draft.spells };
  let checked = parseIssues(character);
  if (!checked.sheet) {
    const withoutSpells = parseIssues({ ...character, spells: noSpells });
    checked = { sheet: withoutSpells.sheet, problems: checked.problems };
  }
  const missing = [...(draft.name ? [] : ['Give your character a name']), ...buildIssues(build), ...gear.missing];
  if (checked.sheet) missing.push(...spellsStillToChoose(draft.spells, checked.sheet.spellLimits));
  return { character, sheet: checked.sheet, problems: [...gear.problems, ...checked.problems], missing };
}
