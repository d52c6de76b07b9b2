import type { BattleTerrain } from './battle/types';
import type { PortraitKind } from './portrait/types';

/**
 * What to ask an image model for. The procedural generator still decides
 * the grid, so battle maps ask for a picture that matches its size, and no
 * picture may carry words, which image models render badly.
 */
export const imagePrompts = {
  portrait: (request: { name: string; kind?: PortraitKind }) =>
    `Head-and-shoulders fantasy character portrait of ${request.name}, a ${request.kind ?? 'hero'} in a tabletop role-playing game. ` +
    'Painterly, dramatic lighting, plain dark background, no text, no border.',
  world: (request: { name?: string; locations: Array<{ title: string }> }) =>
    `Hand-drawn fantasy world map${request.name ? ` of ${request.name}` : ''} on aged parchment, showing ` +
    `${request.locations.length || 'several'} notable places (${request.locations.map((l) => l.title).join(', ') || 'towns, ruins, forests'}). ` +
    'Coastlines, mountains, rivers and forests; no text, no labels, no compass rose with letters.',
  battle: (request: { terrain: BattleTerrain; width: number; height: number }) =>
    `Top-down tabletop battle map of a ${request.terrain}, ${request.width} by ${request.height} squares, seen from directly above, ` +
    'even lighting, no grid lines, no text, no characters or tokens.',
};
