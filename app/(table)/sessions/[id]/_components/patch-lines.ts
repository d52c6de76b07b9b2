import type { InitiativeEntry, TurnBudget } from '@/lib/rules/combat-state';
import type { Condition } from '@/lib/rules/conditions';
import type { StatePatch } from '@/lib/rules/patches';
import { healthBand } from './health';
import { learn, nameIn, type Known, type Ledger } from './ledger';
import { goodsPatchLines } from './goods-patch-lines';
import { sheetPatchLines, words } from './sheet-patch-lines';

type Step = { lines: string[]; ledger: Ledger };

const gained: Partial<Record<Condition, string>> = { prone: 'knocked prone', unconscious: 'falls unconscious' };

function conditionLines(name: string, before: readonly Condition[] | undefined, after: readonly Condition[]): string[] {
  if (!before) return [after.length === 0 ? `${name}: no conditions` : `${name}: ${after.join(', ')}`];
  const added = after.filter((c) => !before.includes(c)).map((c) => `${name} ${gained[c] ?? `is ${c}`}`);
  const removed = before.filter((c) => !after.includes(c)).map((c) => `${name} is no longer ${c}`);
  return [...added, ...removed];
}

/** A hostile creature's hit points as a player would judge them: by look, not by number. */
function hpLine(known: Known, hp: number): string | null {
  if (known.hp === hp) return null;
  if (known.hostile) {
    const after = healthBand({ hp, maxHp: known.maxHp });
    if (known.hp === undefined) return `${known.name}: now ${after}`;
    const before = healthBand({ hp: known.hp, maxHp: known.maxHp });
    return before === after ? `${known.name}: still ${after}` : `${known.name}: ${before} → ${after}`;
  }
  return known.hp === undefined ? `${known.name}: HP now ${hp}` : `${known.name}: HP ${known.hp} → ${hp}`;
}

function orderLine(ledger: Ledger, order: readonly InitiativeEntry[]): string {
  return `Initiative: ${order.map((e) => `${nameIn(ledger, e.id)} ${e.initiative}`).join(', ')}`;
}

/** What spending part of a turn looks like; movement is left to the position lines. */
function budgetLines(name: string, before: Partial<TurnBudget>, after: TurnBudget): string[] {
  const lines: string[] = [];
  const bonus = after.movementBonus - (before.movementBonus ?? 0);
  if (after.actionUsed && !before.actionUsed) lines.push(`${name} uses their action`);
  if (after.bonusActionUsed && !before.bonusActionUsed) lines.push(`${name} uses their bonus action`);
  if (bonus > 0) lines.push(`${name} dashes (+${bonus} ft)`);
  if (after.disengaged && !before.disengaged) lines.push(`${name} disengages`);
  return lines;
}

/** A creature's limited actions as they now stand: what is spent, or that all are ready again. */
function actionUseLines(name: string, uses: Extract<StatePatch, { op: 'creature.actionUses' }>['actionUses']): string[] {
  const spent = Object.entries(uses.spent).map(([action, times]) => (times > 1 ? `${action} ×${times}` : action));
  const lines = spent.length ? [`${name} has spent ${spent.join(', ')}`] : [`${name}'s limited actions are ready`];
  if (uses.legendarySpent > 0) lines.push(`${name}: ${uses.legendarySpent} of 3 legendary actions used this round`);
  return lines;
}

function combatStep(ledger: Ledger, patch: Extract<StatePatch, { op: `combat.${string}` }>): Step {
  const combat = ledger.combat;
  switch (patch.op) {
    case 'combat.start': {
      // The first turn has spent nothing yet, which an empty budget says.
      const fresh = { round: 1, turnIndex: 0, order: patch.order, dodging: [], turn: {} };
      return { lines: ['Combat started: round 1', orderLine(ledger, patch.order)], ledger: { ...ledger, combat: fresh } };
    }
    case 'combat.end':
      return { lines: ['Combat ended'], ledger: { ...ledger, combat: null } };
    case 'combat.order': {
      const next = combat ? { ...ledger, combat: { ...combat, order: patch.order, turnIndex: patch.turnIndex } } : ledger;
      return { lines: [orderLine(ledger, patch.order)], ledger: next };
    }
    case 'combat.dodging': {
      const lines = patch.dodging.filter((id) => !combat?.dodging.includes(id)).map((id) => `${nameIn(ledger, id)} is dodging`);
      return { lines, ledger: combat ? { ...ledger, combat: { ...combat, dodging: patch.dodging } } : ledger };
    }
    case 'combat.reactions': {
      const lines = patch.reactionsUsed.filter((id) => !combat?.reactionsUsed?.includes(id)).map((id) => `${nameIn(ledger, id)} uses their reaction`);
      return { lines, ledger: combat ? { ...ledger, combat: { ...combat, reactionsUsed: patch.reactionsUsed } } : ledger };
    }
    case 'combat.opportunities': {
      const lines = patch.opportunities.map((o) => `${nameIn(ledger, o.reactorId)} may make an opportunity attack as ${nameIn(ledger, o.moverId)} leaves their reach`);
      return { lines, ledger };
    }
    case 'combat.turn': {
      if (!combat) return { lines: [`Round ${patch.round}`], ledger };
      const next = { ...ledger, combat: { ...combat, round: patch.round, turnIndex: patch.turnIndex, turn: patch.turn } };
      const id = combat.order[patch.turnIndex]?.id;
      const name = id ? nameIn(ledger, id) : 'Someone';
      if (patch.round !== combat.round || patch.turnIndex !== combat.turnIndex) {
        return { lines: [`Round ${patch.round}: ${name}'s turn`], ledger: next };
      }
      return { lines: budgetLines(name, combat.turn, patch.turn), ledger: next };
    }
  }
}

function characterStep(ledger: Ledger, patch: Extract<StatePatch, { characterId: string }>): Step {
  const id = patch.characterId;
  const known = ledger.who[id] ?? { name: id, hostile: false, maxHp: 0 };
  const name = known.name;
  switch (patch.op) {
    case 'character.hp': {
      const line = hpLine(known, patch.hp);
      return { lines: line ? [line] : [], ledger: learn(ledger, id, { hp: patch.hp }) };
    }
    case 'character.conditions':
      return { lines: conditionLines(name, known.conditions, patch.conditions), ledger: learn(ledger, id, { conditions: patch.conditions }) };
    case 'character.tempHp': {
      const line = known.tempHp === undefined ? `${name}: temporary HP now ${patch.tempHp}` : `${name}: temporary HP ${known.tempHp} → ${patch.tempHp}`;
      return { lines: known.tempHp === patch.tempHp ? [] : [line], ledger: learn(ledger, id, { tempHp: patch.tempHp }) };
    }
    case 'character.deathSaves': {
      // Falling to 0 and being healed both reset the saves; the HP and condition lines already say so.
      if (patch.stable) return { lines: [`${name} is stable`], ledger };
      if (patch.successes === 0 && patch.failures === 0) return { lines: [], ledger };
      return { lines: [`${name}: death saves ${patch.successes} succeeded, ${patch.failures} failed`], ledger };
    }
    case 'character.dead':
      return { lines: [patch.dead ? `${name} dies` : `${name} is no longer dead`], ledger };
    case 'character.exhaustion':
      return { lines: [patch.exhaustion === 0 ? `${name} is no longer exhausted` : `${name}: exhaustion level ${patch.exhaustion}`], ledger };
    case 'character.spellSlot':
      return { lines: [`${name}: ${patch.remaining} level ${patch.level} spell slot${patch.remaining === 1 ? '' : 's'} left`], ledger };
    case 'character.hitDice':
      return { lines: [`${name}: ${patch.hitDiceSpent} hit ${patch.hitDiceSpent === 1 ? 'die' : 'dice'} spent`], ledger };
    case 'character.position':
      return {
        lines: [patch.position ? `${name} moves to square (${patch.position.x}, ${patch.position.y})` : `${name} leaves the battle map`],
        ledger,
      };
    case 'character.controller':
      return { lines: [patch.controller === 'human' ? `${name} is played by a person` : `An AI player plays ${name}`], ledger };
    case 'character.effect': {
      const { source } = patch.effect;
      const what = words(source.id);
      const from = source.by === id ? '' : ` from ${nameIn(ledger, source.by)}`;
      return { lines: [`${name} is under ${what} (${source.kind}${from})`], ledger: learn(ledger, id, { effects: { ...known.effects, [patch.effect.id]: what } }) };
    }
    case 'character.effectEnded': {
      const what = known.effects?.[patch.effectId];
      return { lines: [what ? `${name}: ${what} ends` : `${name}: an effect ends`], ledger };
    }
    default:
      return { lines: sheetPatchLines(name, patch), ledger };
  }
}

/** One patch as the sentences a player would want to read, and the ledger after it. */
export function describePatch(ledger: Ledger, patch: StatePatch): Step {
  switch (patch.op) {
    case 'scene.set':
      return { lines: [`The scene is now ${patch.scene.title}`], ledger };
    case 'creature.add': {
      const c = patch.creature;
      const known = { name: c.name, hostile: c.hostile, maxHp: c.maxHp, hp: c.hp, tempHp: c.tempHp, conditions: c.conditions };
      return { lines: [`${c.name} appears${c.hostile ? ' (hostile)' : ''}`], ledger: learn(ledger, c.id, known) };
    }
    case 'creature.remove':
      return { lines: [`${nameIn(ledger, patch.creatureId)} leaves the scene`], ledger };
    case 'grid.set':
      return { lines: [patch.grid ? `Battle map: ${patch.grid.width}×${patch.grid.height} squares` : 'Battle map removed'], ledger };
    // Bookkeeping the table never sees: the roll counter, the session's round tally, how a place was left.
    case 'session.rollCount':
    case 'session.round':
    case 'place.left':
      return { lines: [], ledger };
    case 'combat.start':
    case 'combat.end':
    case 'combat.order':
    case 'combat.dodging':
    case 'combat.reactions':
    case 'combat.opportunities':
    case 'combat.turn':
      return combatStep(ledger, patch);
    case 'creature.actionUses':
      return { lines: actionUseLines(nameIn(ledger, patch.creatureId), patch.actionUses), ledger };
    case 'scene.container':
    case 'creature.gear':
    case 'creature.xpAwarded':
      return { lines: goodsPatchLines(patch, (id) => nameIn(ledger, id)), ledger };
    case 'scene.hazardSprung':
      // The browser has no scene data to name it from; its id reads as words ("poison needle").
      return { lines: [`The ${patch.hazardId.replaceAll('-', ' ')} has gone off, and will not again`], ledger };
    case 'story.fired':
      if (patch.ending !== null) return { lines: ['The adventure reaches its end'], ledger };
      return { lines: patch.woken ? [`Something stirs at ${patch.woken.replaceAll('-', ' ')}`] : [], ledger };
    case 'party.join':
      // The name is all the log knows yet; the party panel shows the numbers the rules derive.
      return { lines: [`${patch.character.name} joins the party`], ledger: learn(ledger, patch.character.id, { name: patch.character.name }) };
    default:
      return characterStep(ledger, patch);
  }
}

/** A turn's patches, in order, as human-readable lines ("Mira Thorne: HP 10 → 7", "Zombie knocked prone"). */
export function describePatches(ledger: Ledger, patches: readonly StatePatch[]): Step {
  return patches.reduce<Step>(
    (step, patch) => {
      const next = describePatch(step.ledger, patch);
      return { lines: [...step.lines, ...next.lines], ledger: next.ledger };
    },
    { lines: [], ledger },
  );
}
