import type { BattleTerrain } from '../battle/types';

/** Colours and textures for one kind of battlefield. */
export interface Palette {
  ground: string;
  /** Stains mottling the ground, as an RGB triple 0..1 for the noise filter. */
  stain: readonly [number, number, number];
  /** Pattern drawn over the open ground: flagstones indoors, cobbles in town. */
  groundPattern?: 'flagstones' | 'cobbles';
  wall: string;
  wallLine: string;
  /** What fills walls: hatched rock, laid stone, roof tiles, or none (trees are drawn instead). */
  wallTexture: 'hatch' | 'stones' | 'roof' | 'trees';
  water: string;
  rubble: string;
  /** How difficult ground reads: loose stones, or brush and tall grass. */
  difficult: 'rubble' | 'brush';
  cover: 'pillar' | 'column' | 'boulder' | 'crate' | 'tree';
  coverFill: string;
  grid: string;
}

export const palettes: Record<BattleTerrain, Palette> = {
  dungeon: {
    ground: '#e9dcc0',
    stain: [0.45, 0.33, 0.18],
    groundPattern: 'flagstones',
    wall: '#4a4038',
    wallLine: '#1d1814',
    wallTexture: 'stones',
    water: '#5b8fa8',
    rubble: '#8a7d6b',
    difficult: 'rubble',
    cover: 'pillar',
    coverFill: '#b9ad98',
    grid: '#3a2f25',
  },
  cave: {
    ground: '#c9b08a',
    stain: [0.35, 0.25, 0.15],
    wall: '#3b3129',
    wallLine: '#15110d',
    wallTexture: 'hatch',
    water: '#3f7f94',
    rubble: '#7a6650',
    difficult: 'rubble',
    cover: 'boulder',
    coverFill: '#8c7a64',
    grid: '#2e241a',
  },
  ruins: {
    ground: '#b9c08a',
    stain: [0.42, 0.38, 0.2],
    wall: '#9a9183',
    wallLine: '#3d372f',
    wallTexture: 'stones',
    water: '#6a9fb5',
    rubble: '#8d8475',
    difficult: 'rubble',
    cover: 'column',
    coverFill: '#cfc6b5',
    grid: '#3b3a24',
  },
  forest: {
    ground: '#9fb36f',
    stain: [0.25, 0.32, 0.12],
    wall: '#2f4a22',
    wallLine: '#1c2c14',
    wallTexture: 'trees',
    water: '#4f93ad',
    rubble: '#5f6b34',
    difficult: 'brush',
    cover: 'tree',
    coverFill: '#4f7a34',
    grid: '#24301a',
  },
  town: {
    ground: '#d3c6a8',
    stain: [0.4, 0.34, 0.24],
    groundPattern: 'cobbles',
    wall: '#a4513a',
    wallLine: '#4a2418',
    wallTexture: 'roof',
    water: '#5a9cc0',
    rubble: '#6f7d3c',
    difficult: 'brush',
    cover: 'crate',
    coverFill: '#a57a4a',
    grid: '#3a2f25',
  },
};
