import { readListLines } from '@/lib/ai/prompts/memory-blocks';
import { readPlayer, readTable, type TableCombatant, type TableFacts } from '@/lib/ai/prompts/format';
import { readPack } from '@/lib/ai/prompts/goods-facts';
import { SAID_TITLE } from '@/lib/ai/prompts/player';
import { RECENT_TITLE } from '@/lib/memory/types';
import { find } from './tactics';

/** A line of the log as the player's prompt recalls it: who spoke (the DM, or a party member by name) and what. */
export type Heard = { speaker: string; text: string };

/** What the offline AI player reads from its prompt. */
export type PlayerView = {
  table: TableFacts;
  self: TableCombatant;
  /** Its persona as the game master wrote it; empty when there is none. */
  persona: string;
  /** What it carries, as the prompt lists it ("Potion of Healing (in use)", "3 × Candle"). */
  pack: string[];
  /** Its own latest lines, oldest first. */
  said: string[];
  /** The latest lines of the log it witnessed, oldest first. */
  heard: Heard[];
};

function heardLine(line: string, names: readonly string[]): Heard {
  if (line.startsWith('DM: ')) return { speaker: 'DM', text: line.slice(4) };
  const speaker = names.find((name) => line.startsWith(`${name}: `));
  return speaker ? { speaker, text: line.slice(speaker.length + 2) } : { speaker: '', text: line };
}

export function readPlayerView(system: string): PlayerView | null {
  const me = readPlayer(system);
  const table = readTable(system);
  const self = me && table ? find(table, me.id) : undefined;
  if (!table || !self) return null;
  const names = [...table.party, ...table.creatures].map((c) => c.name);
  return {
    table,
    self,
    persona: /^Your character: (.+)$/m.exec(system)?.[1] ?? '',
    pack: readPack(system)?.items ?? [],
    said: readListLines(system, SAID_TITLE),
    heard: readListLines(system, RECENT_TITLE).map((line) => heardLine(line, names)),
  };
}

/** Whether a line is one of those already said, ignoring case, spacing and the closing stop. */
export function alreadySaid(line: string, said: readonly string[]): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim();
  const wanted = plain(line);
  return said.some((s) => plain(s) === wanted);
}
