import type { RulesState } from './state';
import { currentCombatantId } from './turn-flow';

/** Why a character's action is refused, with words the person can act on. */
export type ActRefusal = {
  kind: 'paused' | 'no-character' | 'not-theirs' | 'not-their-turn' | 'ai-player';
  reason: string;
};

export type ActRequest = {
  characterId: string;
  /** The game master paused play. */
  paused: boolean;
  /** The asking person's characters; left out when the table itself asks (the seats were checked when the action was queued). */
  seats?: readonly string[];
  /** The action joins the queue to wait for its turn and the end of a pause, so neither is in its way yet. */
  queued?: boolean;
};

/**
 * The one answer to "may this character act?": it is at the table, played by
 * a person (theirs, when the person is known), play is not paused, and in a
 * fight it is its turn. Null when it may.
 */
export function whyCannotAct(state: RulesState, request: ActRequest): ActRefusal | null {
  const { characterId, paused, seats, queued = false } = request;
  if (paused && !queued) return { kind: 'paused', reason: 'The game master has paused the game; wait for them to resume it' };
  const character = state.party.find((c) => c.id === characterId);
  if (!character) return { kind: 'no-character', reason: `There is no character "${characterId}" at this table` };
  if (seats && !seats.includes(characterId)) return { kind: 'not-theirs', reason: `${character.name} is not your character` };
  const current = currentCombatantId(state);
  if (!queued && current !== null && current !== characterId) {
    const name = [...state.party, ...state.creatures].find((c) => c.id === current)?.name ?? current;
    return { kind: 'not-their-turn', reason: `It is not ${character.name}'s turn: ${name} is acting` };
  }
  if (character.controller !== 'human') return { kind: 'ai-player', reason: `${character.name} is played by an AI player` };
  return null;
}
