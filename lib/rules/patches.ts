import { z } from 'zod';
import { freshTurn, initiativeEntrySchema, opportunitySchema, turnBudgetSchema } from './combat-state';
import { conditionSchema } from './conditions';
import { creatureSchema } from './creature';
import { goodsPatchSchemas, reduceGoodsPatch } from './goods-patches';
import { cellSchema, gridSchema } from './grid';
import { actionUsesSchema } from './monster-shape';
import { partyPatchSchemas, reducePartyPatch } from './party-patches';
import { RuleViolation } from './rule-violation';
import { hazardPatchSchemas, reduceHazardPatch } from './hazard-patch';
import { reduceStoryPatch, storyPatchSchemas } from './story-patch';
import { isSheetPatch, sheetPatchSchemas, type SheetPatch } from './sheet/sheet-patch-schema';
import { reduceSheetPatch } from './sheet/sheet-patches';
import { gameStateSchema, placeLeftSchema, sceneSchema, type Combatant, type GameState, type RulesState } from './state';

export { RuleViolation };

/** Names any character or creature at the table, whichever list it is in. */
const characterId = z.string();

/**
 * A state change the engine decided. Patches carry resulting values, not
 * deltas, so applying one twice changes nothing the second time.
 */
export const statePatchSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('character.hp'), characterId, hp: z.number().int() }),
  z.object({
    op: z.literal('character.conditions'),
    characterId,
    conditions: z.array(conditionSchema),
    /** Who imposed sourced conditions; when absent, sources of conditions kept are kept. */
    sources: z.partialRecord(conditionSchema, z.string()).optional(),
  }),
  z.object({ op: z.literal('character.tempHp'), characterId, tempHp: z.number().int() }),
  z.object({
    op: z.literal('character.deathSaves'),
    characterId,
    successes: z.number().int(),
    failures: z.number().int(),
    stable: z.boolean(),
  }),
  z.object({ op: z.literal('character.dead'), characterId, dead: z.boolean() }),
  z.object({ op: z.literal('character.exhaustion'), characterId, exhaustion: z.number().int() }),
  z.object({ op: z.literal('character.spellSlot'), characterId, level: z.number().int(), remaining: z.number().int() }),
  z.object({ op: z.literal('character.hitDice'), characterId, hitDiceSpent: z.number().int() }),
  z.object({ op: z.literal('character.position'), characterId, position: cellSchema.nullable() }),
  /** Who plays a party member: a person at the table, or an AI player in their seat. */
  z.object({ op: z.literal('character.controller'), characterId, controller: z.enum(['human', 'ai']) }),
  z.object({ op: z.literal('scene.set'), scene: sceneSchema }),
  /** The party leaves a place: how it was left, for when they come back. */
  z.object({ op: z.literal('place.left'), place: placeLeftSchema }),
  z.object({ op: z.literal('creature.add'), creature: creatureSchema }),
  z.object({ op: z.literal('creature.remove'), creatureId: z.string() }),
  z.object({ op: z.literal('grid.set'), grid: gridSchema.nullable() }),
  z.object({ op: z.literal('combat.start'), order: z.array(initiativeEntrySchema) }),
  z.object({ op: z.literal('combat.order'), order: z.array(initiativeEntrySchema), turnIndex: z.number().int() }),
  z.object({ op: z.literal('combat.turn'), round: z.number().int(), turnIndex: z.number().int(), turn: turnBudgetSchema }),
  z.object({ op: z.literal('combat.dodging'), dodging: z.array(z.string()) }),
  /** Who has spent their reaction this round (a Shield spell, an opportunity attack). */
  z.object({ op: z.literal('combat.reactions'), reactionsUsed: z.array(z.string()) }),
  /** Opportunity attacks people's characters may still take this turn. */
  z.object({ op: z.literal('combat.opportunities'), opportunities: z.array(opportunitySchema) }),
  /** A creature's recharging, daily and legendary actions used. */
  z.object({ op: z.literal('creature.actionUses'), creatureId: z.string(), actionUses: actionUsesSchema }),
  z.object({ op: z.literal('combat.end') }),
  z.object({ op: z.literal('session.rollCount'), rollCount: z.number().int() }),
  z.object({ op: z.literal('session.round'), round: z.number().int() }),
  ...sheetPatchSchemas,
  ...goodsPatchSchemas,
  ...hazardPatchSchemas,
  ...storyPatchSchemas,
  ...partyPatchSchemas,
]);

export type StatePatch = z.infer<typeof statePatchSchema>;

/**
 * What a game master may change by hand: anything the rules allow but the
 * dice's own counter, including every sheet patch (items, coins, XP,
 * resources, spells, effects, a level-up), each still checked by the rules.
 * Lowering XP is the game master's alone, with `character.xpCorrection`;
 * the engine's own patches never make it. A character joins the party
 * only when a person brings it (lib/table/bring-character.ts).
 */
export const gmEditPatchSchema = statePatchSchema.refine((patch) => patch.op !== 'session.rollCount' && patch.op !== 'party.join', {
  message: 'The roll counter belongs to the dice, and a character joins when its player brings it: neither is edited by hand',
});


type CharacterPatch = Exclude<Extract<StatePatch, { characterId: string }>, SheetPatch>;

function updateCombatant(c: Combatant, patch: CharacterPatch): Combatant {
  switch (patch.op) {
    case 'character.hp':
      return { ...c, hp: patch.hp };
    case 'character.conditions': {
      const kept = Object.entries(c.conditionSources).filter(([k]) => patch.conditions.some((n) => n === k));
      return { ...c, conditions: patch.conditions, conditionSources: patch.sources ?? Object.fromEntries(kept) };
    }
    case 'character.tempHp':
      return { ...c, tempHp: patch.tempHp };
    case 'character.deathSaves':
      return { ...c, deathSaves: { successes: patch.successes, failures: patch.failures }, stable: patch.stable };
    case 'character.dead':
      return { ...c, dead: patch.dead };
    case 'character.exhaustion':
      return { ...c, exhaustion: patch.exhaustion };
    case 'character.spellSlot': {
      if (!c.spellSlots.some((s) => s.level === patch.level)) {
        throw new RuleViolation(`${c.name} has no level ${patch.level} spell slots`);
      }
      const spellSlots = c.spellSlots.map((s) => (s.level === patch.level ? { ...s, remaining: patch.remaining } : s));
      return { ...c, spellSlots };
    }
    case 'character.hitDice':
      if (!('level' in c)) throw new RuleViolation(`${c.name} has no hit dice to spend`);
      return { ...c, hitDiceSpent: patch.hitDiceSpent };
    case 'character.position':
      return { ...c, position: patch.position };
    case 'character.controller':
      if (!('controller' in c)) throw new RuleViolation(`${c.name} is not in the party; the DM plays it`);
      return { ...c, controller: patch.controller };
  }
}

function patchCombatant(state: RulesState, patch: CharacterPatch): RulesState {
  const id = patch.characterId;
  if (state.party.some((c) => c.id === id)) {
    return { ...state, party: state.party.map((c) => (c.id === id ? (updateCombatant(c, patch) as typeof c) : c)) };
  }
  if (state.creatures.some((c) => c.id === id)) {
    return { ...state, creatures: state.creatures.map((c) => (c.id === id ? (updateCombatant(c, patch) as typeof c) : c)) };
  }
  throw new RuleViolation(`No character "${id}" at this table`);
}

/** Applies one patch without validating the result; applyPatches validates. */
export function reducePatch(state: RulesState, patch: StatePatch): RulesState {
  switch (patch.op) {
    case 'creature.add': {
      const others = state.creatures.filter((c) => c.id !== patch.creature.id);
      if (state.party.some((c) => c.id === patch.creature.id)) {
        throw new RuleViolation(`"${patch.creature.id}" is already a party member's id`);
      }
      return { ...state, creatures: [...others, patch.creature] };
    }
    case 'scene.set':
      return { ...state, scene: patch.scene };
    case 'place.left': {
      const others = state.placesLeft.filter((p) => p.scene.locationId !== patch.place.scene.locationId);
      return { ...state, placesLeft: [...others, patch.place] };
    }
    case 'creature.actionUses': {
      if (!state.creatures.some((c) => c.id === patch.creatureId)) throw new RuleViolation(`No creature "${patch.creatureId}" here`);
      return { ...state, creatures: state.creatures.map((c) => (c.id === patch.creatureId ? { ...c, actionUses: patch.actionUses } : c)) };
    }
    case 'creature.remove':
      if (!state.creatures.some((c) => c.id === patch.creatureId)) throw new RuleViolation(`No creature "${patch.creatureId}" here`);
      if (state.combat?.order.some((e) => e.id === patch.creatureId)) {
        throw new RuleViolation('A creature in the fight cannot leave the scene before the fight ends');
      }
      return { ...state, creatures: state.creatures.filter((c) => c.id !== patch.creatureId) };
    case 'grid.set':
      return { ...state, grid: patch.grid };
    case 'combat.start':
      return { ...state, combat: { round: 1, order: patch.order, turnIndex: 0, turn: freshTurn, dodging: [], reactionsUsed: [], opportunities: [] } };
    case 'combat.end':
      return { ...state, combat: null };
    case 'combat.order':
    case 'combat.turn':
    case 'combat.dodging':
    case 'combat.reactions':
    case 'combat.opportunities': {
      if (!state.combat) throw new RuleViolation('There is no fight in progress');
      if (patch.op === 'combat.opportunities') return { ...state, combat: { ...state.combat, opportunities: patch.opportunities } };
      if (patch.op === 'combat.dodging') return { ...state, combat: { ...state.combat, dodging: patch.dodging } };
      if (patch.op === 'combat.reactions') return { ...state, combat: { ...state.combat, reactionsUsed: patch.reactionsUsed } };
      if (patch.op === 'combat.order') return { ...state, combat: { ...state.combat, order: patch.order, turnIndex: patch.turnIndex } };
      const { round, turnIndex, turn } = patch;
      return { ...state, combat: { ...state.combat, round, turnIndex, turn } };
    }
    case 'session.rollCount':
      return { ...state, rollCount: patch.rollCount };
    case 'session.round':
      return { ...state, round: patch.round };
    case 'scene.container':
    case 'creature.gear':
    case 'creature.xpAwarded':
      return reduceGoodsPatch(state, patch);
    case 'scene.hazardSprung':
      return reduceHazardPatch(state, patch);
    case 'story.fired':
      return reduceStoryPatch(state, patch);
    case 'party.join':
      return reducePartyPatch(state, patch);
    default:
      return isSheetPatch(patch) ? reduceSheetPatch(state, patch) : patchCombatant(state, patch);
  }
}

/**
 * States this module parsed. Patches never change a state in place, so one of
 * these needs no parsing again before patches apply to it: parsing a whole
 * table (every sheet derived afresh) is the dearest step of a turn.
 */
const parsedStates = new WeakSet<object>();

function parseState(state: GameState, when: string): RulesState {
  const checked = gameStateSchema.safeParse(state);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new RuleViolation(`${when}: ${issue?.path.join('.')} ${issue?.message}`);
  }
  parsedStates.add(checked.data);
  return checked.data;
}

/** Applies patches and proves the result is still a valid game state. */
export function applyPatches(state: GameState, patches: readonly StatePatch[]): RulesState {
  const start = parsedStates.has(state) ? (state as RulesState) : parseState(state, 'Invalid game state');
  return parseState(patches.reduce(reducePatch, start), 'Rejected change');
}
