import { monsterTurnStarts } from './actions/action-uses';
import { endOfTurn, fightOver, startOfTurn } from './actions/turn-effects';
import { walk, type WalkResult } from './actions/walk';
import { statBlockFor } from './bestiary';
import { has } from './conditions';
import { currentTurnId, type InitiativeEntry } from './combat-state';
import { creatureSchema, spawnCreature, statBlockSchema, type Creature, type CreatureInput, type StatBlockInput } from './creature';
import { d20Notation, naturalD20 } from './d20';
import { deathSavePatches, type DeathSaveResult } from './death-saves';
import type { DiceRollRecord } from './dice';
import { gridSchema, isPassable, type Cell, type Grid } from './grid';
import type { GoodsStack } from './scene-goods';
import type { Coins } from './sheet/inventory';
import { assertCanStand, type Route } from './movement';
import { ResolverCore } from './resolver-core';
import type { TurnContext } from './turn-context';
import { parseOrReject, RuleViolation } from './rule-violation';
import { allCombatants } from './state';
import { isDying, speedOf } from './stats';
import { advancePatches, joinPatches, movementLeft, requireCombat, rollInitiative, spendAction, turnPatch } from './turn-order';

/** One death save: the die, the natural number it showed and what it meant. */
export type DeathSaveRoll = { characterId: string; roll: DiceRollRecord; natural: number; result: DeathSaveResult };

/**
 * Whose turn it is now (null if the fight ended because nobody is left), and
 * the death saves rolled as turns began: a dying creature rolls first thing,
 * and one that dies on that roll passes its turn to the next.
 */
export type TurnStart = { currentId: string | null; round: number; deathSaves: DeathSaveRoll[] };

/** How a creature joining the scene is named, sided and placed. */
export type CreatureOptions = { id: string; name?: string; hostile?: boolean; position?: Cell; coins?: Partial<Coins>; gear?: GoodsStack[] };

/** Where a creature is placed or moved to, and what the move cost. */
export type MoveResult = Route & { characterId: string; movementLeft: number | null };

/**
 * The battle half of the resolver: the grid, creatures joining the scene,
 * initiative and turns, movement, and the combat actions that are not attacks.
 */
export abstract class CombatResolver extends ResolverCore {
  /** Sets or clears the battle map; everyone already placed must still stand somewhere legal. */
  setGrid(grid: Grid | null): Grid | null {
    return this.atomically(() => {
      const parsed = grid === null ? null : parseOrReject(gridSchema, grid, 'grid');
      this.commit([{ op: 'grid.set', grid: parsed }]);
      const placed = allCombatants(this.state).filter((c) => c.position);
      if (parsed === null) {
        this.commit(placed.map((c) => ({ op: 'character.position' as const, characterId: c.id, position: null })));
      }
      for (const c of placed) {
        if (!parsed || !c.position) continue;
        if (!c.dead) assertCanStand(this.state, c, c.position);
        else if (!isPassable(parsed, c.position)) throw new RuleViolation(`${c.name}'s remains would lie in a wall or off the grid`);
      }
      return parsed;
    });
  }

  /**
   * Brings a monster or NPC into the scene, from an SRD monster's name or id, a stat block
   * or a whole creature. In a fight it rolls initiative and joins the order.
   */
  addCreature(source: string | StatBlockInput | CreatureInput, options: CreatureOptions): Creature {
    return this.atomically(() => {
      const creature = this.makeCreature(source, options);
      if (allCombatants(this.state).some((c) => c.id === creature.id)) throw new RuleViolation(`The id "${creature.id}" is already taken`);
      if (creature.position) assertCanStand(this.state, creature, creature.position);
      this.commit([{ op: 'creature.add', creature }]);
      const combat = this.state.combat;
      if (combat) {
        const [entry] = rollInitiative(this.state, [creature], this.roller).order;
        if (entry) this.commit(joinPatches(this.state, combat, entry));
      }
      return creature;
    });
  }

  /** Puts a creature on a square directly (setting up a scene, or being shoved); costs no movement. */
  place(characterId: string, cell: Cell | null): MoveResult {
    return this.atomically(() => {
      const c = this.living(characterId);
      if (cell) assertCanStand(this.state, c, cell);
      this.commit([{ op: 'character.position', characterId, position: cell }]);
      return { characterId, path: cell ? [cell] : [], cost: 0, movementLeft: null };
    });
  }

  /**
   * Starts a fight: everyone named (by default everyone alive) rolls
   * initiative. If the first creature is dying it rolls its death save.
   */
  startCombat(participantIds?: readonly string[]): TurnStart & { order: InitiativeEntry[] } {
    return this.atomically(() => {
      if (this.state.combat) throw new RuleViolation('A fight is already in progress');
      const ids = participantIds ?? allCombatants(this.state).filter((c) => !c.dead).map((c) => c.id);
      const fighters = [...new Set(ids)].map((id) => this.living(id));
      if (fighters.length === 0) throw new RuleViolation('A fight needs someone to fight');
      const { order } = rollInitiative(this.state, fighters, this.roller);
      this.commit([{ op: 'combat.start', order }, { op: 'session.round', round: this.state.round + 1 }]);
      return { order, ...this.beginTurn() };
    });
  }

  endCombat(): void {
    this.atomically(() => {
      requireCombat(this.state);
      this.commit([{ op: 'combat.end' }]);
      this.act(fightOver);
    });
  }

  /** Ends the current creature's turn; only it (or the DM on its behalf) may end it. */
  endTurn(characterId: string): TurnStart {
    return this.atomically(() => {
      const combat = requireCombat(this.state);
      const current = currentTurnId(combat);
      if (current !== characterId) {
        throw new RuleViolation(`It is ${this.combatant(current).name}'s turn, not ${this.combatant(characterId).name}'s`);
      }
      return this.advance();
    });
  }

  /**
   * Walks to a square along the cheapest legal route, within the movement
   * left this turn; leaving a foe's reach provokes opportunity attacks (walk.ts).
   */
  move(characterId: string, to: Cell): WalkResult {
    return this.actAndPassIfDead((turn) => walk(turn, characterId, to));
  }

  /** Stands up from prone, which costs half the creature's speed. */
  standUp(characterId: string): MoveResult {
    return this.atomically(() => {
      const c = this.actor(characterId);
      if (!has(c, 'prone')) throw new RuleViolation(`${c.name} is not prone`);
      const combat = this.state.combat;
      const cost = Math.floor(speedOf(c) / 2);
      if (speedOf(c) === 0 || (combat && movementLeft(combat, c) < cost)) {
        throw new RuleViolation(`${c.name} lacks the movement to stand up`);
      }
      const stand = { op: 'character.conditions' as const, characterId, conditions: c.conditions.filter((k) => k !== 'prone') };
      this.commit(combat ? [turnPatch(combat, { ...combat.turn, movementUsed: combat.turn.movementUsed + cost }), stand] : [stand]);
      const after = this.state.combat;
      return { characterId, path: [], cost, movementLeft: after ? movementLeft(after, this.combatant(characterId)) : null };
    });
  }

  /** The Dash action: spends the action for extra movement equal to speed. */
  dash(characterId: string): number {
    return this.atomically(() => {
      const c = this.actor(characterId);
      const combat = requireCombat(this.state);
      const spent = spendAction(combat, c, 'action');
      this.commit([turnPatch(combat, { ...spent, movementBonus: spent.movementBonus + speedOf(c) })]);
      return movementLeft(requireCombat(this.state), this.combatant(characterId));
    });
  }

  /** The Dodge action: attacks against the creature have disadvantage until its next turn. */
  dodge(characterId: string): void {
    this.atomically(() => {
      const c = this.actor(characterId);
      const combat = requireCombat(this.state);
      this.commit([turnPatch(combat, spendAction(combat, c, 'action')), { op: 'combat.dodging', dodging: [...combat.dodging, c.id] }]);
    });
  }

  /** A death saving throw for a dying creature: a plain d20, with no modifiers. */
  deathSave(characterId: string): DeathSaveRoll {
    return this.atomically(() => {
      const save = this.rollDeathSave(characterId);
      this.passTurnIfDead();
      return save;
    });
  }

  /**
   * Runs an action module that can kill the creature whose turn it is (an
   * opportunity attack on a mover, a legendary action): if it does, that
   * turn passes, as any damage's does.
   */
  actAndPassIfDead<T>(action: (turn: TurnContext) => T): T {
    return this.atomically(() => {
      const result = this.act(action);
      this.passTurnIfDead();
      return result;
    });
  }

  /** A creature that dies on its own turn has no more of it: the fight moves on. */
  protected passTurnIfDead(): void {
    const combat = this.state.combat;
    if (combat && this.combatant(currentTurnId(combat)).dead) this.advance();
  }

  private rollDeathSave(characterId: string): DeathSaveRoll {
    const c = this.combatant(characterId);
    if (!isDying(c)) throw new RuleViolation(`${c.name} is not dying`);
    const mode = c.exhaustion >= 3 ? 'disadvantage' : 'normal';
    const roll = this.roller(d20Notation(mode, 0));
    const natural = naturalD20(roll, mode);
    const { patches, result } = deathSavePatches(c, natural);
    this.commit(patches);
    return { characterId, roll, natural, result };
  }

  /** Moves to the next living combatant, or ends the fight when nobody in it is alive. */
  private advance(): TurnStart {
    const ending = requireCombat(this.state);
    this.act((turn) => endOfTurn(turn, currentTurnId(ending), ending.round));
    const combat = requireCombat(this.state);
    if (combat.order.every((e) => this.combatant(e.id).dead)) {
      this.commit([{ op: 'combat.end' }]);
      this.act(fightOver);
      return { currentId: null, round: combat.round, deathSaves: [] };
    }
    this.commit(advancePatches(this.state, combat).patches);
    return this.beginTurn();
  }

  /** A dying creature rolls its death save as its turn starts; if that kills it, the turn passes on. */
  private beginTurn(): TurnStart {
    const combat = requireCombat(this.state);
    const currentId = currentTurnId(combat);
    this.act((turn) => startOfTurn(turn, currentId, combat.round));
    this.act((turn) => monsterTurnStarts(turn, currentId));
    if (!isDying(this.combatant(currentId))) return { currentId, round: combat.round, deathSaves: [] };
    const save = this.rollDeathSave(currentId);
    if (!this.combatant(currentId).dead) return { currentId, round: combat.round, deathSaves: [save] };
    const next = this.advance();
    return { ...next, deathSaves: [save, ...next.deathSaves] };
  }

  private makeCreature(source: string | StatBlockInput | CreatureInput, options: CreatureOptions): Creature {
    if (typeof source === 'string') {
      return spawnCreature(statBlockFor(source), options);
    }
    if ('hitDice' in source) return spawnCreature(parseOrReject(statBlockSchema, source, 'stat block'), options);
    const overrides = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    return parseOrReject(creatureSchema, { ...source, ...overrides }, 'creature');
  }
}
