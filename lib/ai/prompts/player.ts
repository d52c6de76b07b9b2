import type { CharacterSheet, RulesState } from '@/lib/rules/state';
import { playerLine, tableBlock, tableFacts } from './format';

/**
 * Instructions for an AI player: stay in character, say what you do, leave
 * outcomes to the DM. It sees the table as its character does (no DM
 * secrets) and remembers only what its character witnessed.
 */
export function playerInstructions(state: RulesState, character: CharacterSheet, memory: { facts: string[]; recent: string[] }): string {
  return [
    playerLine(character),
    character.persona ? `Your character: ${character.persona}` : '',
    'Say in one or two sentences, in the first person, what your character does next. Do not describe the outcome: the Dungeon Master decides that.',
    'Play as a party: protect and heal allies who are down or badly hurt, focus on the same enemy as your friends, and cover what the others miss.',
    '',
    'What you can see (JSON):',
    tableBlock(tableFacts(state, { waysOn: [], withSecrets: false })),
    ...(memory.facts.length ? ['', 'You remember:', ...memory.facts.map((f) => `- ${f}`)] : []),
    ...(memory.recent.length ? ['', 'Just now:', ...memory.recent.map((line) => `- ${line}`)] : []),
  ]
    .filter((line) => line !== '')
    .join('\n');
}
