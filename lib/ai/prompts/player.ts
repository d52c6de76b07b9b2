import type { Character, GameState } from '@/lib/rules/state';
import { partyLine, playerLine } from './format';

/** Instructions for an AI player: stay in character, say what you do, leave outcomes to the DM. */
export function playerInstructions(state: GameState, character: Character, recent: readonly string[]): string {
  return [
    playerLine(character),
    character.persona ? `Your character: ${character.persona}` : '',
    'Say in one or two sentences, in the first person, what your character does next. Do not describe the outcome: the Dungeon Master decides that.',
    'Help the party: tend wounded allies, cover what the others miss.',
    '',
    `Scene: ${state.scene.title}`,
    state.scene.description,
    '',
    'Party:',
    ...state.party.map(partyLine),
    ...(recent.length ? ['', 'Recent events:', ...recent.map((line) => `- ${line}`)] : []),
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}
