import { fightLine } from './player-combat';
import { goalsFor } from './player-goals';
import { anyFresh, firstFresh } from './player-lines';
import { leaningsOf, loreOf, pastimeLines } from './player-persona';
import { readPlayerView } from './player-sight';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { pick } from './seeded';

const lost = ['I look around carefully for anything the others might have missed.', 'I keep close to the party and watch the shadows.', 'I stay alert and keep watch.'];

/**
 * The offline AI player. In a fight it heals, casts or attacks as before
 * (player-combat.ts); between fights it pursues goals drawn from the party's
 * situation, what a friend just said and its persona (player-goals.ts).
 * Either way it never repeats a line it said in its last twenty turns,
 * which its prompt lists.
 */
export function planPlayerReply(read: ReadPrompt, seed: number): ScriptedReply {
  const view = readPlayerView(read.system);
  if (!view) return { text: pick(lost, seed, 7), toolCalls: [] };
  if (view.table.combat) return { text: fightLine(view), toolCalls: [] };
  for (const lines of goalsFor(view)) {
    const line = firstFresh(lines, view.said);
    if (line) return { text: line, toolCalls: [] };
  }
  const pastimes = pastimeLines(leaningsOf(view.persona, view.self.what), loreOf(view.persona));
  return { text: anyFresh(pastimes, view.said, seed) ?? pastimes[0]!, toolCalls: [] };
}
