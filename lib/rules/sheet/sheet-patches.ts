import { effectiveMaxHp } from '../combatant';
import { RuleViolation } from '../rule-violation';
import type { RulesState } from '../state';
import { characterSchema, type CharacterSheet } from './character';
import { deriveSheet } from './derive';
import { sameStack, type InventoryItem } from './inventory';
import { canEquip, itemFacts } from './items';
import { levelUpProblems } from './level-up-rules';
import type { SheetPatch } from './sheet-patch-schema';
import { spellProblems } from './spell-rules';
import type { StoredCharacter } from './stored-character';

type StoredChanges = Partial<Pick<StoredCharacter, 'build' | 'inventory' | 'coins' | 'xp' | 'resources' | 'spells' | 'concentration' | 'effects'>>;

/**
 * The sheet after a change, derived afresh. Hit points above a lowered
 * maximum (a Con item taken off, an effect ended) are lost; a level-up
 * adds what the maximum gained. Anything the character schema refuses
 * (a fourth attunement, an unknown spell) is refused here, in its words.
 */
function rebuilt(c: CharacterSheet, changes: StoredChanges, gainsHitPoints = false): CharacterSheet {
  const next = { ...c, ...changes };
  const maxHp = deriveSheet(next).maxHp;
  const cap = effectiveMaxHp({ maxHp, exhaustion: c.exhaustion });
  const hp = Math.min(cap, c.hp + (gainsHitPoints && c.hp > 0 ? Math.max(0, maxHp - c.maxHp) : 0));
  const parsed = characterSchema.safeParse({ ...next, hp });
  if (!parsed.success) throw new RuleViolation(`${c.name}: ${parsed.error.issues[0]?.message ?? 'that change breaks the sheet'}`);
  return parsed.data;
}

function carried(c: CharacterSheet, patch: { item: string; base: string | null }): InventoryItem {
  const entry = c.inventory.find((e) => sameStack(e, patch));
  if (!entry) throw new RuleViolation(`${c.name} carries no ${itemFacts(patch)?.name ?? patch.item}`);
  return entry;
}

function withEntry(c: CharacterSheet, entry: InventoryItem): InventoryItem[] {
  return c.inventory.map((e) => (sameStack(e, entry) ? entry : e));
}

function itemCount(c: CharacterSheet, patch: Extract<SheetPatch, { op: 'character.item' }>): InventoryItem[] {
  const facts = itemFacts(patch);
  if (!facts) throw new RuleViolation(`No SRD item "${patch.item}"${patch.base ? ` made from "${patch.base}"` : ''}`);
  const entry = c.inventory.find((e) => sameStack(e, patch));
  if (patch.quantity === 0) {
    if (!entry) throw new RuleViolation(`${c.name} carries no ${facts.name}`);
    return c.inventory.filter((e) => e !== entry);
  }
  if (entry) return withEntry(c, { ...entry, quantity: patch.quantity });
  return [...c.inventory, { item: patch.item, base: patch.base, quantity: patch.quantity, equipped: false, attuned: false, charges: facts.maxCharges }];
}

function resource(c: CharacterSheet, featureId: string, spent: number): CharacterSheet['resources'] {
  const limit = c.resourceLimits[featureId];
  if (!limit) throw new RuleViolation(`${c.name} has no ${featureId} to spend`);
  if (limit.max !== null && spent > limit.max) throw new RuleViolation(`${c.name} has ${limit.max} ${limit.unit} of ${featureId}, not ${spent}`);
  return { ...c.resources, [featureId]: spent };
}

/** One sheet patch on one party member. */
function updateSheet(c: CharacterSheet, patch: SheetPatch): CharacterSheet {
  switch (patch.op) {
    case 'character.item':
      return rebuilt(c, { inventory: itemCount(c, patch) });
    case 'character.equipped': {
      const entry = carried(c, patch);
      if (patch.equipped && !canEquip(itemFacts(entry)!)) throw new RuleViolation(`${itemFacts(entry)!.name} is not worn or held`);
      return rebuilt(c, { inventory: withEntry(c, { ...entry, equipped: patch.equipped }) });
    }
    case 'character.attuned': {
      const entry = carried(c, patch);
      if (patch.attuned && !itemFacts(entry)!.requiresAttunement) throw new RuleViolation(`${itemFacts(entry)!.name} needs no attunement`);
      return rebuilt(c, { inventory: withEntry(c, { ...entry, attuned: patch.attuned }) });
    }
    case 'character.charges': {
      const entry = carried(c, patch);
      const max = itemFacts(entry)!.maxCharges;
      if (max === null || patch.charges > max) throw new RuleViolation(`${itemFacts(entry)!.name} holds ${max ?? 'no'} charges`);
      return rebuilt(c, { inventory: withEntry(c, { ...entry, charges: patch.charges }) });
    }
    case 'character.coins':
      if (Object.values(patch.coins).some((n) => !Number.isInteger(n) || n < 0)) throw new RuleViolation(`${c.name} cannot have fewer than no coins`);
      return rebuilt(c, { coins: patch.coins });
    case 'character.xp':
      if (patch.xp < c.xp) throw new RuleViolation(`${c.name}'s XP only grows (${c.xp}, not ${patch.xp}); a game master corrects it by hand`);
      return rebuilt(c, { xp: patch.xp });
    case 'character.xpCorrection':
      return rebuilt(c, { xp: patch.xp });
    case 'character.resource':
      return rebuilt(c, { resources: resource(c, patch.featureId, patch.spent) });
    case 'character.prepared': {
      const spells = { ...c.spells, prepared: patch.prepared };
      const problem = spellProblems(spells, c.spellLimits, c.build)[0];
      if (problem) throw new RuleViolation(`${c.name}: ${problem}`);
      return rebuilt(c, { spells });
    }
    case 'character.spellsKnown':
      return rebuilt(c, { spells: { ...c.spells, cantrips: patch.cantrips, known: patch.known } });
    case 'character.concentration':
      return rebuilt(c, { concentration: patch.concentration });
    case 'character.effect':
      return rebuilt(c, { effects: [...c.effects.filter((e) => e.id !== patch.effect.id), patch.effect] });
    case 'character.effectEnded':
      // Ending an effect that is already gone changes nothing, so patches stay idempotent.
      if (!c.effects.some((e) => e.id === patch.effectId)) return c;
      return rebuilt(c, { effects: c.effects.filter((e) => e.id !== patch.effectId) });
    case 'character.build': {
      const problem = levelUpProblems(c.build, patch.build, c.xp)[0];
      if (problem) throw new RuleViolation(`${c.name}: ${problem}`);
      return rebuilt(c, { build: patch.build }, true);
    }
  }
}

/**
 * Applies a sheet patch. Effects and concentration also go on creatures;
 * everything else needs a party member's sheet. Like reducePatch, the
 * result is validated as a whole by applyPatches.
 */
export function reduceSheetPatch(state: RulesState, patch: SheetPatch): RulesState {
  const id = patch.characterId;
  if (state.party.some((c) => c.id === id)) {
    return { ...state, party: state.party.map((c) => (c.id === id ? updateSheet(c, patch) : c)) };
  }
  const creature = state.creatures.find((c) => c.id === id);
  if (!creature) throw new RuleViolation(`No character "${id}" at this table`);
  const update = (): typeof creature => {
    if (patch.op === 'character.effect') return { ...creature, effects: [...creature.effects.filter((e) => e.id !== patch.effect.id), patch.effect] };
    if (patch.op === 'character.concentration') return { ...creature, concentration: patch.concentration };
    if (patch.op === 'character.effectEnded') return { ...creature, effects: creature.effects.filter((e) => e.id !== patch.effectId) };
    throw new RuleViolation(`${creature.name} has no character sheet; the DM plays it from its stat block`);
  };
  return { ...state, creatures: state.creatures.map((c) => (c.id === id ? update() : c)) };
}
