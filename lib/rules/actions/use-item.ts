import { healPatches, tempHpPatches } from '../healing';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { addEffectPatch } from '../sheet/effect-patches';
import type { EffectModifier } from '../sheet/effects';
import { removeItemPatch } from '../sheet/inventory-patches';
import { itemFacts, scrollLevel, type ItemFacts } from '../sheet/items';
import { gearEffect } from '../srd/gear-effects';
import { spellEffect } from '../srd/spell-effects';
import { isDying } from '../stats';
import { actionCost, assertWithinReach } from './handling';
import { requireStack } from './item-names';
import type { ItemUse, UseItemResult } from './item-use';
import { readScroll, type ScrollChoice } from './read-scroll';

/**
 * Who uses what on whom: the item by name as the player said it; the target
 * is the user when left out. A scroll's spell takes its own choices.
 */
export type UseItemInput = { characterId: string; item: string; targetId?: string } & Omit<ScrollChoice, 'targetIds'> & { targetIds?: string[] };

function takes(use: ItemUse): string {
  const { user, target, facts } = use;
  return user.id === target.id ? `${user.name} drinks ${facts.name}` : `${user.name} gives ${target.name} ${facts.name}`;
}

/** A potion's parts that last a while, as an effect on the drinker. */
function lastingModifiers(facts: ItemFacts): { modifiers: EffectModifier[]; hours: number } | null {
  const modifiers: EffectModifier[] = [];
  let hours = 0;
  for (const part of facts.effects) {
    if (part.kind === 'spell effect') {
      const rolls = spellEffect(part.spell)?.effects.filter((e) => e.kind === 'roll bonus') ?? [];
      modifiers.push(...rolls.map((r) => ({ ...r }) as EffectModifier));
      hours = Math.max(hours, part.hours);
    }
    if (part.kind === 'set ability score' && part.hours) {
      modifiers.push({ kind: 'ability score', ability: part.ability, score: part.score });
      hours = Math.max(hours, part.hours);
    }
  }
  return modifiers.length ? { modifiers, hours } : null;
}

function drinkPotion(turn: TurnContext, use: ItemUse): UseItemResult {
  const { user, target, stack, facts } = use;
  const base = { item: facts.name, userId: user.id, targetId: target.id };
  const heal = facts.effects.find((e) => e.kind === 'heal');
  const temp = facts.effects.find((e) => e.kind === 'temporary hit points');
  const lasting = lastingModifiers(facts);
  if (!heal && !temp && !lasting) {
    throw new RuleViolation(`The rules engine has no numbers for ${facts.name}; it cannot be used through the rules yet. Describe it without changing anyone's numbers`);
  }
  const patches: StatePatch[] = [removeItemPatch(user, stack)];
  const parts: string[] = [];
  let result: UseItemResult = { outcome: '', ...base };
  if (heal?.kind === 'heal') {
    const roll = turn.roll(heal.dice);
    patches.push(...healPatches(target, roll.total));
    result = { ...result, roll: roll.text };
  }
  if (temp?.kind === 'temporary hit points') {
    patches.push(...tempHpPatches(target, temp.amount));
    parts.push(`${temp.amount} temporary HP`);
  }
  if (lasting) {
    const effect = { id: `item:${stack.item}`, source: { kind: 'item' as const, id: stack.item, by: user.id }, modifiers: lasting.modifiers, ends: [{ kind: 'minutes' as const, minutes: lasting.hours * 60 }] };
    patches.push(addEffectPatch(target, effect));
    result = { ...result, effect: stack.item };
    parts.push(`${facts.name} works for ${lasting.hours === 1 ? 'an hour' : `${lasting.hours} hours`}`);
  }
  turn.commit(patches);
  const after = turn.combatant(target.id);
  const healed = after.hp - target.hp;
  if (result.roll) parts.unshift(`+${healed} HP (${result.roll})`);
  return { ...result, outcome: `${takes(use)}: ${parts.join(', ')}`, healed, hp: after.hp, tempHp: after.tempHp };
}

function drinkAntitoxin(turn: TurnContext, use: ItemUse, hours: number): UseItemResult {
  const { user, target, stack, facts } = use;
  // The advantage is on saves against poison only; the saving throw's caller knows what a save is against.
  const effect = { id: `item:${stack.item}`, source: { kind: 'item' as const, id: stack.item, by: user.id }, modifiers: [], ends: [{ kind: 'minutes' as const, minutes: hours * 60 }] };
  turn.commit([removeItemPatch(user, stack), addEffectPatch(target, effect)]);
  return { outcome: `${takes(use)}: advantage on saving throws against poison for an hour`, item: facts.name, userId: user.id, targetId: target.id, effect: stack.item };
}

function stabilise(turn: TurnContext, use: ItemUse, uses: number): UseItemResult {
  const { user, target, stack, facts } = use;
  if (!isDying(target)) {
    throw new RuleViolation(`${facts.name} stabilises a creature at 0 hit points that is dying; ${target.name} is not (${target.dead ? 'dead' : target.stable ? 'already stable' : `${target.hp} HP`})`);
  }
  const left = (stack.charges ?? uses) - 1;
  const kit: StatePatch[] =
    left > 0
      ? [{ op: 'character.charges', characterId: user.id, item: stack.item, base: stack.base, charges: left }]
      : [removeItemPatch(user, stack), ...(stack.quantity > 1 ? [{ op: 'character.charges' as const, characterId: user.id, item: stack.item, base: stack.base, charges: uses }] : [])];
  turn.commit([...kit, { op: 'character.deathSaves', characterId: target.id, successes: 0, failures: 0, stable: true }]);
  const usesLeft = left > 0 ? left : 0;
  return { outcome: `${user.name} stabilises ${target.name} with ${facts.name} (${usesLeft} use${usesLeft === 1 ? '' : 's'} left)`, item: facts.name, userId: user.id, targetId: target.id, usesLeft };
}

/**
 * Uses up, or uses from, something a character carries: drinks or gives a
 * potion (its numbers from the magic item data), drinks antitoxin, stabilises
 * a dying creature with a healer's kit, or reads a spell scroll. In a fight it
 * takes the user's action (a scroll: its spell's casting time) and the target
 * must be within reach. Anything else is not used this way, and says so.
 */
export function useItem(turn: TurnContext, input: UseItemInput): UseItemResult {
  turn.actor(input.characterId);
  const user = turn.character(input.characterId);
  const stack = requireStack(user.inventory, input.item, user.name);
  const facts = itemFacts(stack)!;
  const target = input.targetId ? turn.living(input.targetId) : user;
  const use: ItemUse = { user, target, stack, facts };
  // A scroll's spell reaches as far as the spell does; everything else is handed over.
  if (scrollLevel(stack.item) !== null) {
    const targetIds = input.targetIds ?? (input.targetId ? [input.targetId] : undefined);
    return readScroll(turn, use, { targetIds, point: input.point, option: input.option });
  }
  assertWithinReach(user, target, `using ${facts.name} on someone`);
  const gear = facts.magic ? undefined : gearEffect(stack.item);
  const isPotion = facts.magic?.category === 'potion';
  if (!gear && !isPotion) {
    throw new RuleViolation(`${facts.name} is not used up like a potion or a kit; ${facts.weapon || facts.armor ? 'equip it, or attack with it' : 'describe what is done with it, and call for a check if it is uncertain'}`);
  }
  turn.commit(actionCost(turn, user));
  if (gear?.kind === 'stabilize') return stabilise(turn, use, gear.uses);
  if (gear?.kind === 'poison save advantage') return drinkAntitoxin(turn, use, gear.hours);
  return drinkPotion(turn, use);
}

