import type { CreatureInput } from './creature';
import { characterSchema, type CharacterSheet, type GameState } from './state';
import type { LegacyCharacterInput } from './sheet/legacy-character';
import { checkConcentration, checkSheet } from './sheet/sheet-invariants';

/**
 * A rule the game state breaks. `rule` is a stable code an eval can count
 * by; `message` says what is wrong in words.
 */
export type InvariantViolation = { rule: string; message: string; subjectId?: string; step?: number };

/** A combatant with its numbers written out: a parsed sheet, a legacy sheet or a creature. */
type Sheet = CharacterSheet | LegacyCharacterInput | CreatureInput;
type Report = (rule: string, message: string, subjectId?: string) => void;

// This checker deliberately re-derives every rule from the raw data instead
// of calling the engine's schemas or helpers, so a bug there cannot hide here.
// The one exception: a stored character's numbers (maximum HP, speed) exist
// only as derived from its build, so a character stored without them is
// parsed once to get them; the rules are still checked on the values.

function isBuilt(c: Sheet): c is CharacterSheet {
  return 'build' in c && 'resourceLimits' in c;
}

/** A party member with its numbers: as given, or derived from its build when it was stored without them. */
function withNumbers(c: GameState['party'][number], report: Report): Sheet | null {
  if ('maxHp' in c) return c;
  const parsed = characterSchema.safeParse(c);
  if (parsed.success) return parsed.data;
  report('sheet-invalid', `${c.name}'s sheet does not parse: ${parsed.error.issues[0]?.message}`, c.id);
  return null;
}

function checkHitPoints(c: Sheet, report: Report): void {
  const exhaustion = c.exhaustion ?? 0;
  const max = exhaustion >= 4 ? Math.floor(c.maxHp / 2) : c.maxHp;
  const dead = c.dead ?? false;
  const stable = c.stable ?? false;
  const saves = c.deathSaves ?? { successes: 0, failures: 0 };
  if (!Number.isInteger(c.hp) || c.hp < 0 || c.hp > max) report('hp-range', `${c.name} has ${c.hp} HP, outside 0..${max}`, c.id);
  if ((c.tempHp ?? 0) < 0) report('temp-hp-negative', `${c.name} has negative temporary HP`, c.id);
  if (exhaustion < 0 || exhaustion > 6) report('exhaustion-range', `${c.name} is at exhaustion ${exhaustion}`, c.id);
  if (exhaustion >= 6 && !dead) report('exhaustion-death', `${c.name} reached exhaustion 6 but is not dead`, c.id);
  if (dead && c.hp !== 0) report('dead-with-hp', `${c.name} is dead with ${c.hp} HP`, c.id);
  if (c.hp === 0 && !dead && !c.conditions.includes('unconscious')) {
    report('down-but-awake', `${c.name} is at 0 HP but not unconscious`, c.id);
  }
  if (stable && (c.hp !== 0 || dead)) report('stable-mismatch', `${c.name} is marked stable but is not at 0 HP and alive`, c.id);
  for (const [name, n] of Object.entries(saves)) {
    if (!Number.isInteger(n) || n < 0 || n > 3) report('death-saves-range', `${c.name} has ${n} death save ${name}`, c.id);
  }
  if (c.hp > 0 && (saves.successes !== 0 || saves.failures !== 0)) {
    report('death-saves-while-up', `${c.name} has HP yet carries death saves`, c.id);
  }
  if (saves.failures >= 3 && !dead) report('death-saves-not-dead', `${c.name} failed three death saves but is alive`, c.id);
  if (saves.successes >= 3) report('death-saves-not-reset', `${c.name} has three successes instead of being stable`, c.id);
}

function checkResources(c: Sheet, report: Report): void {
  const levels = new Set<number>();
  for (const slot of c.spellSlots ?? []) {
    if (levels.has(slot.level)) report('slot-duplicate', `${c.name} lists level ${slot.level} slots twice`, c.id);
    levels.add(slot.level);
    if (slot.remaining < 0 || slot.remaining > slot.max) {
      report('slot-range', `${c.name} has ${slot.remaining} of ${slot.max} level ${slot.level} slots`, c.id);
    }
  }
  if ('level' in c) {
    const spent = c.hitDiceSpent ?? 0;
    if (spent < 0 || spent > c.level) report('hit-dice-range', `${c.name} spent ${spent} of ${c.level} hit dice`, c.id);
  }
}

function checkConditions(c: Sheet, ids: ReadonlySet<string>, report: Report): void {
  if (new Set(c.conditions).size !== c.conditions.length) report('condition-duplicate', `${c.name} has a condition twice`, c.id);
  const immune: readonly string[] = c.conditionImmunities ?? [];
  for (const k of c.conditions) if (immune.includes(k)) report('condition-immune', `${c.name} is ${k} despite immunity`, c.id);
  if ((c.exhaustion ?? 0) > 0 && immune.includes('exhaustion')) report('condition-immune', `${c.name} is exhausted despite immunity`, c.id);
  for (const [k, source] of Object.entries(c.conditionSources ?? {})) {
    if (!(c.conditions as readonly string[]).includes(k)) {
      report('condition-source-stale', `${c.name} has a source for ${k} but is not ${k}`, c.id);
    }
    if (source !== undefined && !ids.has(source)) report('condition-source-unknown', `${c.name} is ${k} by unknown "${source}"`, c.id);
  }
}

function checkPositions(state: GameState, all: readonly Sheet[], report: Report): void {
  const grid = state.grid ?? null;
  const taken = new Map<string, string>();
  for (const c of all) {
    const at = c.position ?? null;
    if (!at) continue;
    if (!grid) {
      report('position-without-grid', `${c.name} has a position but the scene has no grid`, c.id);
      continue;
    }
    const terrain = grid.cells[at.y]?.[at.x];
    if (terrain === undefined) report('position-off-grid', `${c.name} stands off the grid at ${at.x},${at.y}`, c.id);
    else if (terrain === 'wall') report('position-in-wall', `${c.name} stands inside a wall at ${at.x},${at.y}`, c.id);
    if (c.dead) continue;
    const key = `${at.x},${at.y}`;
    const other = taken.get(key);
    if (other) report('position-shared', `${c.name} and ${other} share square ${key}`, c.id);
    taken.set(key, c.name);
  }
}

function checkCombat(state: GameState, byId: ReadonlyMap<string, Sheet>, report: Report): void {
  const combat = state.combat ?? null;
  if (!combat) return;
  const ids = combat.order.map((e) => e.id);
  if (ids.length === 0) report('order-empty', 'A fight is in progress with nobody in it');
  if (new Set(ids).size !== ids.length) report('order-duplicate', 'Someone appears twice in the initiative order');
  for (const id of ids) if (!byId.has(id)) report('order-unknown', `"${id}" is in the initiative order but not at the table`, id);
  const unsorted = combat.order.some((e, i) => i > 0 && e.initiative > (combat.order[i - 1]?.initiative ?? Infinity));
  if (unsorted) report('order-unsorted', 'The initiative order is not highest first');
  if (combat.round < 1) report('round-range', `Combat round is ${combat.round}`);
  const current = ids[combat.turnIndex];
  if (current === undefined) {
    report('turn-index-range', `turnIndex ${combat.turnIndex} is outside an order of ${ids.length}`);
    return;
  }
  const actor = byId.get(current);
  if (actor?.dead) report('turn-of-dead', `It is ${actor.name}'s turn but they are dead`, current);
  const turn = combat.turn;
  // Base speed, not current speed: a creature may move and then be slowed, which is legal.
  const budget = (actor?.speed ?? 30) + turn.movementBonus;
  if (actor && turn.movementUsed > budget) {
    report('movement-over-budget', `${actor.name} moved ${turn.movementUsed} ft with ${budget} ft to spend`, current);
  }
  if (actor && turn.attacksLeft > (actor.attacksPerAction ?? 1) - 1) {
    report('attacks-over-budget', `${actor.name} has too many attacks left`, current);
  }
  if (turn.attacksLeft > 0 && !turn.actionUsed) report('attacks-without-action', 'Attacks are owed without an Attack action');
  for (const id of combat.dodging ?? []) if (!ids.includes(id)) report('dodging-unknown', `"${id}" dodges but is not in the fight`, id);
}

/** Every rule the state breaks, in no particular order; an empty list means a consistent state. */
export function checkInvariants(state: GameState): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const report: Report = (rule, message, subjectId) => violations.push({ rule, message, ...(subjectId ? { subjectId } : {}) });
  const party = state.party.flatMap((c) => withNumbers(c, report) ?? []);
  const all: Sheet[] = [...party, ...(state.creatures ?? [])];
  const byId = new Map(all.map((c) => [c.id, c]));
  if (byId.size !== all.length) report('id-duplicate', 'Two characters or creatures share an id');
  if (!Number.isInteger(state.rollCount) || state.rollCount < 0) report('roll-count', `rollCount is ${state.rollCount}`);
  for (const c of all) {
    checkHitPoints(c, report);
    checkResources(c, report);
    checkConditions(c, new Set(byId.keys()), report);
    if (isBuilt(c)) checkSheet(c, report);
  }
  checkConcentration(all, all, report);
  checkPositions(state, all, report);
  checkCombat(state, byId, report);
  return violations;
}
