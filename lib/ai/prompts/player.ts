import type { CharacterSheet, RulesState } from '@/lib/rules/state';
import type { PromptMemory } from '@/lib/memory/types';
import { playerLine, tableBlock, tableFacts, type TableFacts } from './format';
import { packBlock, packFacts } from './goods-facts';
import { listLines, memoryLines } from './memory-blocks';

/** The heading of an AI player's own latest lines in its prompt. */
export const SAID_TITLE = 'What you did on your latest turns, oldest first (do something new, never the same words again)';

/** What an AI player is told beyond the table: its own latest lines, and where the party can go from here. */
export type PlayerSight = { said?: readonly string[]; waysOn?: TableFacts['waysOn'] };

/**
 * Instructions for an AI player: stay in character, say what you do, leave
 * outcomes to the DM. It sees the table as its character does (no DM
 * secrets), remembers only what its character witnessed, and is shown what
 * it said lately so it moves the story on rather than repeat itself.
 */
export function playerInstructions(state: RulesState, character: CharacterSheet, memory: PromptMemory, sight: PlayerSight = {}): string {
  return [
    playerLine(character),
    ...(character.persona ? [`Your character: ${character.persona}`] : []),
    'Say in one or two sentences, in the first person, what your character does next. Do not describe the outcome: the Dungeon Master decides that.',
    'Play as a party: protect and heal allies who are down or badly hurt, focus on the same enemy as your friends, and cover what the others miss.',
    'Between fights, pursue what your character wants: tend the wounded, search the fallen and what the place holds, talk to the people here; when the place is done with, urge the others on to the next place, and go when the people at the table agree.',
    '',
    'What you can see (JSON):',
    tableBlock(tableFacts(state, { waysOn: sight.waysOn ?? [], withSecrets: false })),
    'What you carry (JSON):',
    packBlock(packFacts(state, character.id) ?? { items: [], coins: 'no coins' }),
    ...memoryLines(memory),
    ...listLines(SAID_TITLE, sight.said ?? []),
  ].join('\n');
}
