/** The offline, procedural creative generator: maps, portraits and NPCs, deterministic for a seed. */
export { GeneratorInputError } from './errors';
export { type BattleMap, type BattleMapRequest, type BattleTerrain, battleTerrainSchema, generateBattleMap } from './battle-map';
export { drawBattleMap } from './battle-svg/draw-battle-map';
export type { SpawnPoints } from './battle/spawns';
export { type WorldMap, type WorldMapRequest, type WorldLocation, type WorldRegion, generateWorldMap } from './world/world-map';
export { type Portrait, type PortraitFeatures, type PortraitKind, type PortraitRequest, generatePortrait } from './portrait/portrait';
export { type Npc, type NpcRequest, generateNpc } from './npc/npc';
export type { Ancestry } from './npc/npc-names';
export type { NpcRole } from './npc/npc-tables';
