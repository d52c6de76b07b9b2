import type { Rng } from '../rng';
import type { PortraitFeatures, PortraitKind } from './types';

const humanSkins = ['#f6d7c3', '#f1c27d', '#e0ac69', '#c68642', '#a0683f', '#8d5524', '#5c3a21'];
const monsterSkins = ['#7a9a5a', '#5f7f8f', '#8e6fa0', '#a05a4a', '#6b7b3a', '#9aa3a8'];
const hairColours = ['#1f160f', '#3b2414', '#6a3d1c', '#a8642a', '#d9b36c', '#e9e1cf', '#7d2a1a', '#4a4a52'];
const eyeColours = ['#3b6ea5', '#4f7d3a', '#6b4423', '#2f2f2f', '#8a6d2f', '#5e8c8c'];

/** Clothing and trim per kind: heroes in bright heraldry, villains in dark and blood, townsfolk in dyes they can afford. */
const wardrobe: Record<PortraitKind, { clothing: readonly string[]; trim: readonly string[]; backdrop: readonly (readonly [string, string])[] }> = {
  hero: {
    clothing: ['#2f5d9e', '#9e2f2f', '#2f7d4f', '#6b4fa0', '#b8872f'],
    trim: ['#e3c15a', '#d9d9e3', '#f2e6c8'],
    backdrop: [['#f6e3a8', '#c9913b'], ['#cfe3f2', '#4f7fa8']],
  },
  villain: {
    clothing: ['#2a1a2e', '#3a0f14', '#1c1c24', '#2e3b1c'],
    trim: ['#b02a2a', '#8f6fc0', '#c9a13b', '#6fb0a0'],
    backdrop: [['#5a2a2a', '#120808'], ['#3a2a4a', '#0c0814']],
  },
  npc: {
    clothing: ['#7a5a3a', '#5a6a4a', '#8a7a5a', '#6a4a5a', '#4a5a6a', '#9a6a3a'],
    trim: ['#d9c9a0', '#b08a5a', '#e0d0b0'],
    backdrop: [['#efe0c0', '#b89a6a'], ['#e0e8d0', '#8a9a6a']],
  },
  monster: {
    clothing: ['#4a3a2a', '#3a2a1a', '#2a3a2a', '#5a4a3a'],
    trim: ['#8a7a5a', '#6a5a4a', '#a08a5a'],
    backdrop: [['#4a5a3a', '#141c0c'], ['#3a4a5a', '#0c141c']],
  },
};

/** Draws each feature from the kind's tables; every kind leaves room for surprise. */
export function chooseFeatures(rng: Rng, kind: PortraitKind): PortraitFeatures {
  const clothes = wardrobe[kind];
  const monster = kind === 'monster';
  const hairStyle = rng.pick(
    kind === 'villain' ? (['hood', 'long', 'bald', 'short'] as const) : (['short', 'long', 'bald', 'hood', 'topknot', 'braids'] as const),
  );
  return {
    skin: rng.pick(monster ? monsterSkins : humanSkins),
    hair: rng.pick(hairColours),
    hairStyle: monster && rng.chance(0.5) ? 'bald' : hairStyle,
    eyes: monster ? rng.pick(['#ffd23f', '#ff4d2e', '#9cff5a']) : rng.pick(eyeColours),
    glowingEyes: monster || (kind === 'villain' && rng.chance(0.3)),
    clothing: rng.pick(clothes.clothing),
    trim: rng.pick(clothes.trim),
    armoured: kind === 'hero' ? rng.chance(0.7) : kind === 'villain' ? rng.chance(0.35) : false,
    beard: !monster && rng.chance(0.35),
    horns: monster ? rng.chance(0.7) : kind === 'villain' && rng.chance(0.2),
    pointedEars: monster ? rng.chance(0.6) : rng.chance(0.25),
    scar: rng.chance(kind === 'hero' || kind === 'villain' ? 0.35 : 0.12),
    faceWidth: rng.real(0.88, 1.12),
    backdrop: rng.pick(clothes.backdrop),
  };
}
