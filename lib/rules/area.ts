import type { Cell } from './grid';
import { distanceFeet, SQUARE_FEET } from './grid';
import type { MonsterArea } from './srd/monster-schema';

/** A cone is as wide as it is far from its point: its sides are atan(1/2) from its middle. */
const CONE_HALF_ANGLE = Math.atan(0.5);

type Vector = { x: number; y: number };

const between = (from: Cell, to: Cell): Vector => ({ x: to.x - from.x, y: to.y - from.y });
const length = (v: Vector) => Math.hypot(v.x, v.y);

/** Whether a square lies in a cone from `origin` pointed along `aim`; any part of the square will do. */
function inCone(size: number, origin: Cell, aim: Vector, target: Cell): boolean {
  const v = between(origin, target);
  const squares = length(v);
  if (squares === 0 || distanceFeet(origin, target) > size) return false;
  const angle = Math.acos(Math.max(-1, Math.min(1, (v.x * aim.x + v.y * aim.y) / (squares * length(aim)))));
  // Half a square of slack: the cone need only touch the target's square.
  return angle <= CONE_HALF_ANGLE + Math.atan(0.5 / squares);
}

/** Whether a square lies on a line from `origin` along `aim`, `width` feet wide and `size` feet long. */
function onLine(size: number, width: number, origin: Cell, aim: Vector, target: Cell): boolean {
  const v = between(origin, target);
  const unit = length(aim);
  const along = (v.x * aim.x + v.y * aim.y) / unit;
  const across = Math.abs(v.x * aim.y - v.y * aim.x) / unit;
  return along > 0 && along <= size / SQUARE_FEET + 0.5 && across <= width / SQUARE_FEET / 2 + 0.5;
}

/**
 * Whether one placing of an area from a creature's square can take in
 * every target square: within `size` feet all around it, or in a cone or
 * line pointed at one of the targets.
 */
export function areaHolds(area: MonsterArea, origin: Cell, targets: readonly Cell[]): boolean {
  if (area.shape === 'around') return targets.every((t) => distanceFeet(origin, t) <= area.size);
  const aims = targets.map((t) => between(origin, t)).filter((v) => length(v) > 0);
  if (aims.length < targets.length) return false;
  return aims.some((aim) =>
    targets.every((t) => (area.shape === 'cone' ? inCone(area.size, origin, aim, t) : onLine(area.size, area.width ?? SQUARE_FEET, origin, aim, t))),
  );
}

/** The area in words, for refusals and results ("a 60-foot cone"). */
export function describeArea(area: MonsterArea): string {
  if (area.shape === 'around') return `everything within ${area.size} feet of it`;
  if (area.shape === 'line') return `a ${area.size}-foot line ${area.width ?? SQUARE_FEET} feet wide`;
  return `a ${area.size}-foot cone`;
}
