import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { inSight } from './positioning';

/** How the offline narrator fights: plain, sensible choices from what the table shows. */

export type Cell = [number, number];

export function squares(a: Cell, b: Cell): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
}

export function standing(c: TableCombatant): boolean {
  return !c.dead && c.hp > 0;
}

function everyone(table: TableFacts): TableCombatant[] {
  return [...table.party, ...table.creatures];
}

/** The foe named in the action, else the closest standing foe, those in sight (not behind total cover) first. */
export function pickTarget(table: TableFacts, actor: TableCombatant, action = ''): TableCombatant | null {
  const foes = (actor.side === 'party' ? table.creatures.filter((c) => c.side === 'hostile') : table.party).filter(standing);
  const lower = action.toLowerCase();
  const named = foes.find((f) => lower.includes(f.name.toLowerCase()) || lower.includes(f.id));
  if (named) return named;
  const here = actor.at;
  const hidden = (f: TableCombatant) => (here && !inSight(table, here, f) ? 1 : 0);
  const byDistance = [...foes].sort((a, b) => hidden(a) - hidden(b) || (here && a.at && b.at ? squares(here, a.at) - squares(here, b.at) : 0));
  return byDistance[0] ?? null;
}

function passable(table: TableFacts, [x, y]: Cell): boolean {
  const glyph = table.map?.[y]?.[x];
  return glyph !== undefined && glyph !== '#';
}

/** Taken by anyone not dead, the fallen included: the rules let nobody end a move on an unconscious friend. */
function occupied(table: TableFacts, cell: Cell, except: string): boolean {
  return everyone(table).some((c) => c.id !== except && !c.dead && c.at !== null && c.at[0] === cell[0] && c.at[1] === cell[1]);
}

/** A free square next to the target that the actor can reach this turn (its speed in squares), nearest first. */
export function approach(table: TableFacts, actor: TableCombatant, target: TableCombatant): Cell | null {
  if (!actor.at || !target.at || !table.map) return null;
  const reach = Math.floor(actor.speed / 5);
  const options: Cell[] = [];
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      const cell: Cell = [target.at[0] + dx, target.at[1] + dy];
      if ((dx || dy) && passable(table, cell) && !occupied(table, cell, actor.id) && squares(actor.at, cell) <= reach) options.push(cell);
    }
  }
  return options.sort((a, b) => squares(actor.at!, a) - squares(actor.at!, b))[0] ?? null;
}

/** The attack to use: melee when adjacent (or able to close in), otherwise ranged if it has one. */
export function chooseAttack(actor: TableCombatant, adjacent: boolean): TableCombatant['attacks'][number] | { name: string; kind: 'melee'; rangeFt: number } {
  // A sheet lists the unarmed strike too; any weapon in hand does better.
  const armed = actor.attacks.filter((a) => a.name.toLowerCase() !== 'unarmed strike');
  const melee = armed.find((a) => a.kind === 'melee' && a.rangeFt <= 5) ?? armed.find((a) => a.kind === 'melee');
  const ranged = actor.attacks.find((a) => a.kind === 'ranged');
  if (adjacent) return melee ?? ranged ?? { name: 'unarmed strike', kind: 'melee', rangeFt: 5 };
  return ranged ?? melee ?? { name: 'unarmed strike', kind: 'melee', rangeFt: 5 };
}

export function find(table: TableFacts, id: string): TableCombatant | undefined {
  return everyone(table).find((c) => c.id === id);
}
