import type { Cell } from '../grid';
import type { Area } from '../srd/common';
import { allCombatants, type Combatant, type RulesState } from '../state';

/** Squares per side of an area, at 5 feet a square. */
const squares = (feet: number) => Math.max(1, Math.round(feet / 5));

function sign(n: number): number {
  return n === 0 ? 0 : n > 0 ? 1 : -1;
}

/**
 * Whether a square lies in a cube of `side` squares: from a caster (range
 * self) it starts beside the caster and runs towards the aimed square; from
 * a point, it starts at that square and runs away from the caster. Along an
 * axis the aim does not lean, the cube is centred.
 */
function inCube(cell: Cell, start: Cell, lean: Cell, side: number, besideCaster: boolean): boolean {
  const along = (d: number, s: number) => {
    if (s === 0) return d >= -Math.floor((side - 1) / 2) && d <= Math.ceil((side - 1) / 2);
    const t = d * s;
    return besideCaster ? t >= 1 && t <= side : t >= 0 && t < side;
  };
  return along(cell.x - start.x, lean.x) && along(cell.y - start.y, lean.y);
}

/**
 * Whether a square lies in a cone or line from the caster towards the aimed
 * square: within the length along the aim, and across it no further than
 * half the distance out (a cone is as wide as it is long) or half a square
 * (a line 5 feet wide). Squares count by their centres, with half a square
 * of give, as a template laid on the grid would cover them.
 */
function inSpread(cell: Cell, from: Cell, aim: Cell, length: number, cone: boolean): boolean {
  const dx = aim.x - from.x;
  const dy = aim.y - from.y;
  const norm = Math.hypot(dx, dy);
  if (norm === 0) return false;
  const vx = cell.x - from.x;
  const vy = cell.y - from.y;
  const along = (vx * dx + vy * dy) / norm;
  const across = Math.abs(vx * dy - vy * dx) / norm;
  if (along <= 0 || along > length + 0.5) return false;
  return across <= (cone ? along / 2 + 0.5 : 0.5);
}

/**
 * The creatures standing in a spell's area on the battle grid. A sphere or
 * cylinder is centred on the point (on the caster, leaving the caster out,
 * for spells whose range is self); a cube is laid from the point or beside
 * the caster; a cone or line spreads from the caster towards the point.
 * Only creatures with a square can be caught.
 */
export function creaturesInArea(state: RulesState, caster: Combatant, area: Area, point: Cell | null, fromSelf: boolean): Combatant[] {
  const origin = caster.position;
  if (!origin) return [];
  const aim = point ?? origin;
  const size = squares(area.size);
  const inside = (cell: Cell): boolean => {
    switch (area.shape) {
      case 'sphere':
      case 'cylinder': {
        const centre = fromSelf ? origin : aim;
        return Math.max(Math.abs(cell.x - centre.x), Math.abs(cell.y - centre.y)) <= size;
      }
      case 'cube': {
        const lean = { x: sign(aim.x - origin.x), y: sign(aim.y - origin.y) };
        return inCube(cell, fromSelf ? origin : aim, lean, size, fromSelf);
      }
      case 'cone':
      case 'line':
        return inSpread(cell, origin, aim, size, area.shape === 'cone');
    }
  };
  return allCombatants(state).filter((c) => c.position !== null && !c.dead && !(fromSelf && c.id === caster.id) && inside(c.position));
}
