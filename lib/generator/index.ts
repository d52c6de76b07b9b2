/** The offline, procedural creative generator: maps, portraits and NPCs, deterministic for a seed. */
export { GeneratorInputError } from './errors';
export { generateBattleMap } from './battle-map';
export { type BattleMap, type BattleMapRequest, type BattleTerrain, battleTerrainSchema } from './battle/types';
export { drawBattleMap } from './battle-svg/draw-battle-map';
export type { SpawnPoints } from './battle/spawns';
export { generateWorldMap } from './world/world-map';
export type { WorldMap, WorldMapRequest, WorldLocation, WorldRegion } from './world/types';
export { generatePortrait } from './portrait/portrait';
export type { Portrait, PortraitFeatures, PortraitKind, PortraitRequest } from './portrait/types';
export { type Npc, type NpcRequest, generateNpc } from './npc/npc';
export type { Ancestry } from './npc/npc-names';
export type { NpcRole } from './npc/npc-tables';
