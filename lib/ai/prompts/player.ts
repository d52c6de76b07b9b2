import type { CharacterSheet, RulesState } from '@/lib/rules/state';
import type { PromptMemory } from '@/lib/memory/types';
import { playerLine, tableBlock, tableFacts } from './format';
import { memoryLines } from './memory-blocks';

/**
 * Instructions for an AI player: stay in character, say what you do, leave
 * outcomes to the DM. It sees the table as its character does (no DM
 * secrets) and remembers only what its character witnessed.
 */
export function playerInstructions(state: RulesState, character: CharacterSheet, memory: PromptMemory): string {
  return [
    playerLine(character),
    character.persona ? `Your character: ${character.persona}` : '',
    'Say in one or two sentences, in the first person, what your character does next. Do not describe the outcome: the Dungeon Master decides that.',
    'Play as a party: protect and heal allies who are down or badly hurt, focus on the same enemy as your friends, and cover what the others miss.',
    '',
    'What you can see (JSON):',
    tableBlock(tableFacts(state, { waysOn: [], withSecrets: false })),
    ...memoryLines(memory),
  ]
    .filter((line) => line !== '')
    .join('\n');
}
