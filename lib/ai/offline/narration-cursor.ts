import { readListLines } from '@/lib/ai/prompts/memory-blocks';
import { RECENT_TITLE } from '@/lib/memory/types';
import { closings, fightBegins, foesInTheWay, noWayOn, nobodyToFight, nobodyTrades, nothingOnTheFallen, nothingToSearch } from './dm-asides';
import { openings } from './dm-openings';
import { conversations, toldAll } from './story-tells';
import { CYCLE, templatePattern } from './voice';

const pools = [...Object.values(openings), conversations, toldAll, closings, foesInTheWay, noWayOn, nobodyToFight, fightBegins, nothingOnTheFallen, nothingToSearch, nobodyTrades];
const patterns = pools.map((pool) => pool.map(templatePattern));

/** The cursor a narration was told at: the place in the cycle of the first flavour sentence it holds, if any. */
export function cursorIn(narration: string): number | null {
  // A quoted line ends at its closing quote mark, not its full stop.
  for (const sentence of narration.split(/(?<=[.!?]["”’]?)\s+/)) {
    for (const pool of patterns) {
      const at = pool.findIndex((pattern) => pattern.test(sentence.trim()));
      if (at >= 0) return at;
    }
  }
  return null;
}

/**
 * Where this narration stands in the cycle. The offline DM remembers
 * nothing between calls, so it reads its own latest narrations from the
 * recent events its prompt recalls and goes one on from the newest it can
 * place (one more for each it could not). A prompt that recalls none (a new
 * session) starts where the seed says, so a seed replays the same prose.
 */
export function narrationCursor(system: string, seed: number): number {
  const told = readListLines(system, RECENT_TITLE)
    .filter((line) => line.startsWith('DM: '))
    .reverse();
  for (let back = 0; back < told.length; back++) {
    const at = cursorIn(told[back]!.slice('DM: '.length));
    if (at !== null) return (at + back + 1) % CYCLE;
  }
  return (seed >>> 0) % CYCLE;
}
