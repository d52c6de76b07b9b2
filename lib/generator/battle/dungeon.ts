import type { Cell } from '@/lib/rules/grid';
import type { Rng } from '../rng';
import { type Cells, fillRect, filledCells, getCell, setCell } from './cells';

interface Room {
  x: number;
  y: number;
  w: number;
  h: number;
}

const centre = (r: Room): Cell => ({ x: r.x + Math.floor(r.w / 2), y: r.y + Math.floor(r.h / 2) });

/** Rooms must keep a wall between them, or two rooms read as one odd shape. */
function overlaps(a: Room, b: Room): boolean {
  return a.x - 1 <= b.x + b.w && b.x - 1 <= a.x + a.w && a.y - 1 <= b.y + b.h && b.y - 1 <= a.y + a.h;
}

function placeRooms(rng: Rng, width: number, height: number): Room[] {
  const target = Math.max(2, Math.min(14, Math.round((width * height) / 70)));
  const maxW = Math.min(9, width - 2);
  const maxH = Math.min(8, height - 2);
  const rooms: Room[] = [];
  for (let attempt = 0; attempt < 80 && rooms.length < target; attempt++) {
    const w = rng.int(3, maxW);
    const h = rng.int(3, maxH);
    const room = { x: rng.int(1, width - 1 - w), y: rng.int(1, height - 1 - h), w, h };
    if (!rooms.some((other) => overlaps(room, other))) rooms.push(room);
  }
  return rooms;
}

function carveCorridor(cells: Cells, rng: Rng, from: Cell, to: Cell): void {
  const corner = rng.chance(0.5) ? { x: to.x, y: from.y } : { x: from.x, y: to.y };
  for (const [a, b] of [
    [from, corner],
    [corner, to],
  ] as const) {
    for (let x = Math.min(a.x, b.x); x <= Math.max(a.x, b.x); x++)
      for (let y = Math.min(a.y, b.y); y <= Math.max(a.y, b.y); y++) setCell(cells, x, y, 'floor');
  }
}

/** Pillars, rubble and the odd flooded room, so rooms differ in how they fight. */
function furnish(cells: Cells, rng: Rng, room: Room): void {
  const roll = rng.real(0, 1);
  if (room.w >= 5 && room.h >= 5 && roll < 0.35) {
    for (const x of [room.x + 1, room.x + room.w - 2])
      for (const y of [room.y + 1, room.y + room.h - 2]) setCell(cells, x, y, 'cover');
  } else if (room.w >= 5 && room.h >= 4 && roll < 0.55) {
    fillRect(cells, room.x + 1, room.y + 1, room.w - 2, room.h - 2, 'water');
  } else if (roll < 0.85) {
    for (let y = room.y; y < room.y + room.h; y++)
      for (let x = room.x; x < room.x + room.w; x++) {
        if (getCell(cells, x, y) === 'floor' && rng.chance(0.22)) setCell(cells, x, y, 'difficult');
      }
  }
}

/** Rooms joined by corridors, left to right so the dungeon reads as a route, plus a few loops. */
export function dungeonLayout(rng: Rng, width: number, height: number): Cells {
  const cells = filledCells(width, height, 'wall');
  const rooms = placeRooms(rng, width, height).sort((a, b) => a.x - b.x);
  for (const room of rooms) fillRect(cells, room.x, room.y, room.w, room.h, 'floor');
  rooms.forEach((room, i) => {
    const previous = rooms[i - 1];
    if (previous) carveCorridor(cells, rng, centre(previous), centre(room));
  });
  for (let loop = 0; loop < Math.floor(rooms.length / 3); loop++) {
    carveCorridor(cells, rng, centre(rng.pick(rooms)), centre(rng.pick(rooms)));
  }
  for (const room of rooms) furnish(cells, rng, room);
  return cells;
}
