import type { BattleMap } from '../battle-map';
import { svgDocument } from '../svg-kit';

export function drawBattleMap(map: Omit<BattleMap, 'svg'>): string {
  return svgDocument(map.width * 32, map.height * 32, '', `${map.terrain} battle map`);
}
