import type { Condition } from '../conditions';
import type { EffectInput } from '../sheet/effects';
import type { SpellEffectPart } from '../srd/spell-effect-schema';
import type { Spell } from '../srd/spell-schema';

/** An effect modifier as written into a new effect. */
export type ModifierInput = EffectInput['modifiers'][number];

/**
 * What one of a spell's overlay parts does once the spell lands on a
 * target: a lasting modifier on the target (or on the caster, for a mark
 * like Hunter's), a condition for as long as the spell lasts, temporary hit
 * points, hit points with a raised maximum, the loss of reactions,
 * conditions ended, or a part the DM narrates.
 */
export type PartOutcome =
  | { kind: 'modifier'; modifier: ModifierInput; on: 'target' | 'caster' }
  /** `endsOnDamage`: the holder taking damage ends it (a magical sleep). */
  | { kind: 'condition'; condition: Condition; savesAtTurnEnd: boolean; endsOnDamage?: boolean }
  | { kind: 'temporary hit points'; dice: string }
  | { kind: 'heal'; amount: number }
  | { kind: 'no reactions' }
  | { kind: 'ends conditions'; conditions: Array<Condition | 'exhaustion' | 'disease'>; choose: number | null }
  | { kind: 'narrate'; what: string };

/** What a target gains from a spell, worked out at the slot it was cast with. */
export type PartContext = { spell: Spell; slotLevel: number; targetId: string; selfOnly: boolean; option?: string };

const narrate = (what: string): PartOutcome[] => [{ kind: 'narrate', what }];

function advantage(part: Extract<SpellEffectPart, { kind: 'advantage' }>): PartOutcome[] {
  switch (part.on) {
    case 'next attack against the target':
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'advantage', on: 'attacks against it', once: true } }];
    case 'attacks against the target':
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'advantage', on: 'attacks against it' } }];
    case 'dexterity saves':
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'advantage', on: 'saving throws', abilities: ['dex'] } }];
    case 'attacks against metal-armoured target':
      // Read by the spell's own attack roll, not kept.
      return [];
  }
}

function disadvantage(part: Extract<SpellEffectPart, { kind: 'disadvantage' }>): PartOutcome[] {
  switch (part.on) {
    case 'attacks against the target':
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'disadvantage', on: 'attacks against it' } }];
    case "the target's next attack roll":
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'disadvantage', on: 'attack rolls', once: true } }];
    case 'attacks by certain creature types':
      return narrate('attacks by aberrations, celestials, elementals, fey, fiends and undead have disadvantage against the target');
  }
}

/** A condition a part imposes; a spell that offers another (Blindness/Deafness) takes the caster's choice. */
function condition(part: Extract<SpellEffectPart, { kind: 'condition' }>, ctx: PartContext): PartOutcome[] {
  const chosen = part.alternative && ctx.option?.toLowerCase() === part.alternative ? part.alternative : part.condition;
  if (chosen === 'exhaustion') return narrate('a level of exhaustion');
  const outcome: PartOutcome = { kind: 'condition', condition: chosen, savesAtTurnEnd: part.repeatSave === 'end of each of its turns' };
  if (part.repeatSave === 'as an action') return [outcome, { kind: 'narrate', what: `the target may use its action to try to end being ${chosen}` }];
  if (part.repeatSave === 'when it takes damage') return [outcome, { kind: 'narrate', what: `taking damage lets the target save again against being ${chosen}` }];
  return [outcome];
}

/** What one overlay part does to one target of a spell cast at a slot level. */
export function partOutcomes(part: SpellEffectPart, ctx: PartContext): PartOutcome[] {
  const above = Math.max(0, ctx.slotLevel - ctx.spell.level);
  switch (part.kind) {
    case 'roll bonus':
    case 'ac bonus':
    case 'base ac':
    case 'minimum ac':
    case 'resistance':
    case 'condition immunity':
      return [{ kind: 'modifier', on: 'target', modifier: part }];
    case 'save bonus':
      return part.abilities.length ? [{ kind: 'modifier', on: 'target', modifier: part }] : [];
    case 'speed':
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'speed', bonus: part.bonus ?? 0, multiplier: part.multiplier ?? 1 } }];
    case 'extra damage': {
      const on = part.on === 'weapon hit' ? 'weapon attack' : 'any attack';
      return [{ kind: 'modifier', on: 'caster', modifier: { kind: 'damage bonus', dice: part.dice, type: part.type, on, against: ctx.selfOnly ? null : ctx.targetId } }];
    }
    case 'hit point maximum': {
      const bonus = part.bonus + part.perSlotAbove * above;
      return [{ kind: 'modifier', on: 'target', modifier: { kind: 'hit point maximum', bonus } }, { kind: 'heal', amount: bonus }];
    }
    case 'temporary hit points':
      if (part.spellcastingModifierEachTurn) return narrate('temporary hit points equal to the spellcasting modifier at the start of each of its turns');
      return part.dice ? [{ kind: 'temporary hit points', dice: above && part.perSlotAbove ? `${part.dice}+${part.perSlotAbove * above}` : part.dice }] : [];
    case 'advantage':
      return advantage(part);
    case 'disadvantage':
      return disadvantage(part);
    case 'condition':
      return condition(part, ctx);
    case 'ends conditions':
      return [{ kind: 'ends conditions', conditions: part.conditions, choose: part.choose }];
    case 'no reactions':
      return [{ kind: 'no reactions' }];
    case 'push':
      return narrate(`pushed up to ${part.feet} ft away`);
    case 'teleport':
      return narrate(`the caster teleports up to ${part.feet} ft to a space it can see`);
    case 'no healing':
      return narrate('the target cannot regain hit points until the start of the caster’s next turn');
    case 'extra action':
      return narrate('an extra action each turn (Attack with one weapon attack, Dash, Disengage, Hide or Use an Object)');
    case 'repeat attack':
      return narrate(`the caster may repeat the spell’s attack as a ${part.action} on later turns`);
    case 'counter spell':
      return narrate('whether the other spell is stopped (those of a higher level need an ability check)');
    case 'revive':
      return narrate(`returning a creature dead no longer than ${part.deadAtMostMinutes} minute to life with ${part.hitPoints} hit point`);
    case 'ignores cover':
    case 'hit point pool':
      // Read where the spell is resolved: the save ignores cover; the pool is spent across the area.
      return [];
  }
}
