import { levelForXp } from '../srd/progression';
import type { NewSessionEvent } from '../session-log';
import type { RulesState } from '../state';
import { TableResolver } from '../table-resolver';
import { autoChoices } from './auto-level';
import type { LevelUpChoices } from './level-up-choices';
import { levelUp } from './level-up';
import { levelUpOffer } from './level-up-offer';
import { defeatAward, milestoneAward } from './xp-awards';

/**
 * How experience and levels reach the table's log, decided by the rules
 * and never by a model: experience for foes defeated after each action,
 * a game master's milestones, a player's level-up, and AI players'
 * characters levelling with the party. Each returns the state after and
 * the events to commit, in order.
 */
export type Staged = { state: RulesState; events: NewSessionEvent[] };

/** One level for one character, with its rolls and patches as a `character.leveled` event. */
export function levelUpCharacter(state: RulesState, characterId: string, choices: LevelUpChoices, by: string): Staged {
  const resolver = new TableResolver(state);
  const result = resolver.act((turn) => levelUp(turn, characterId, choices));
  return { state: resolver.state, events: [{ type: 'character.leveled', data: { ...result, by, rolls: resolver.rolls, patches: resolver.patches } }] };
}

/** AI players' characters with the XP for more levels take them, one at a time, with the choices an AI player makes. */
export function levelAiCharacters(state: RulesState): Staged {
  let staged: Staged = { state, events: [] };
  for (const member of state.party.filter((c) => c.controller === 'ai')) {
    for (let guard = 0; guard < 20; guard++) {
      const c = staged.state.party.find((p) => p.id === member.id)!;
      if (c.dead || c.level >= 20 || levelForXp(c.xp) <= c.level) break;
      const next = levelUpCharacter(staged.state, c.id, autoChoices(c, levelUpOffer(c)), 'its AI player');
      staged = { state: next.state, events: [...staged.events, ...next.events] };
    }
  }
  return staged;
}

function withLevels(award: { state: RulesState; events: NewSessionEvent[] }): Staged {
  const levels = levelAiCharacters(award.state);
  return { state: levels.state, events: [...award.events, ...levels.events] };
}

/**
 * Experience for foes the party defeated, outside a fight: when one has
 * just ended with the party winning (`fought` names the party members who
 * were in it), every foe down or helpless counts; otherwise foes count when
 * they die. Then AI players' characters take the levels it brings.
 */
export function defeatProgress(state: RulesState, fought: readonly string[] | null): Staged {
  if (state.combat) return { state, events: [] };
  const sharers = fought ?? state.party.map((c) => c.id);
  const given = defeatAward(state, sharers, fought !== null);
  if (!given) return { state, events: [] };
  return withLevels({ state: given.state, events: [{ type: 'xp.awarded', data: given.award }] });
}

/** A game master's milestone award, then the levels it brings AI players' characters. */
export function milestoneProgress(state: RulesState, input: Parameters<typeof milestoneAward>[1]): Staged {
  const given = milestoneAward(state, input);
  return withLevels({ state: given.state, events: [{ type: 'xp.awarded', data: given.award }] });
}
