import type { Grid } from '@/lib/rules/grid';
import type { Scene } from '@/lib/rules/state';
import { drawBattleMap } from './battle-svg/draw-battle-map';
import { hashText } from './rng';

const glyph = { floor: '.', wall: '#', difficult: ':', water: '~', cover: '+' } as const;

/** The first open square on the map's edge: where the party came in, as far as the drawing is concerned. */
function edgeEntrance(grid: Grid): { x: number; y: number } {
  for (let x = 0; x < grid.width; x++) {
    for (const y of [grid.height - 1, 0]) if (grid.cells[y]?.[x] !== 'wall') return { x, y };
  }
  for (let y = 0; y < grid.height; y++) {
    for (const x of [0, grid.width - 1]) if (grid.cells[y]?.[x] !== 'wall') return { x, y };
  }
  return { x: 0, y: 0 };
}

/** Draws the battle map of a scene's grid in the scene's style, the same picture every time for the same place. */
export function drawSceneMap(scene: Pick<Scene, 'locationId' | 'mapStyle'>, grid: Grid): string {
  return drawBattleMap({
    width: grid.width,
    height: grid.height,
    terrain: scene.mapStyle,
    seed: hashText(scene.locationId),
    cells: grid.cells,
    rows: grid.cells.map((row) => row.map((t) => glyph[t]).join('')),
    entrance: edgeEntrance(grid),
    spawnPoints: { party: [], foes: [] },
  });
}
