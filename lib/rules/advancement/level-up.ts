import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { HitPointGain } from '../sheet/build';
import { buildIssues } from '../sheet/build-rules';
import { levelUpProblems } from '../sheet/level-up-rules';
import { choiceProblems, chosenBuild, chosenSpells, type LevelUpChoices } from './level-up-choices';
import { levelUpOffer } from './level-up-offer';

/** What a level-up did, for the log: the new level, the hit points it gave and how they were found. */
export type LevelUpResult = {
  outcome: string;
  characterId: string;
  characterName: string;
  level: number;
  /** Hit points the maximum gained. */
  hitPoints: number;
  hitPointMethod: 'average' | 'rolled';
  /** The hit die's face when the table rolled it. */
  roll: number | null;
};

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Takes a character to its next level with the player's choices: only with
 * the XP for it and never in a fight; the hit die rolled with the table's
 * seeded dice (and logged) or its average; every choice the level offers
 * made from its options (level-up-offer.ts); the result checked as a
 * level-up by the sheet's rules, then committed as `character.build` and,
 * for new spells, `character.spellsKnown` and `character.prepared`.
 */
export function levelUp(turn: TurnContext, characterId: string, choices: LevelUpChoices): LevelUpResult {
  if (turn.state.combat) throw new RuleViolation('A character levels up between fights, not in the middle of one');
  const c = turn.character(characterId);
  const offer = levelUpOffer(c);
  if (offer.nextLevel === null) throw new RuleViolation(`${c.name} is level 20, the highest there is`);
  if (!offer.ready) throw new RuleViolation(`${c.name} has ${c.xp} XP; level ${offer.nextLevel} needs ${offer.xpForNext}. Experience comes from defeated foes and the game master's milestones`);
  const problem = choiceProblems(offer, choices)[0];
  if (problem) throw new RuleViolation(`${c.name}'s level ${offer.nextLevel}: ${problem}`);
  const level = offer.nextLevel;
  const gain: HitPointGain =
    choices.hitPoints === 'roll'
      ? (() => {
          const record = turn.roll(`1d${offer.hitPoints.die}`);
          return { level, method: 'rolled' as const, roll: record.total, record };
        })()
      : { level, method: 'average' };
  const build = chosenBuild(c.build, choices, gain);
  const before = new Set(buildIssues(c.build));
  const issue = [...levelUpProblems(c.build, build, c.xp), ...buildIssues(build).filter((i) => !before.has(i))][0];
  if (issue) throw new RuleViolation(`${c.name}'s level ${level}: ${issue}`);
  turn.commit([{ op: 'character.build', characterId: c.id, build }]);
  const spells = chosenSpells(c.spells, choices);
  const patches: StatePatch[] = [];
  if (!same(spells.cantrips, c.spells.cantrips) || !same(spells.known, c.spells.known)) patches.push({ op: 'character.spellsKnown', characterId: c.id, cantrips: spells.cantrips, known: spells.known });
  if (!same(spells.prepared, c.spells.prepared)) patches.push({ op: 'character.prepared', characterId: c.id, prepared: spells.prepared });
  turn.commit(patches);
  const after = turn.character(c.id);
  const hitPoints = after.maxHp - c.maxHp;
  const how = gain.method === 'rolled' ? `rolled ${gain.roll} on the d${offer.hitPoints.die}` : `the d${offer.hitPoints.die}'s average`;
  return {
    outcome: `${c.name} reaches level ${level}: +${hitPoints} hit points (${how})`,
    characterId: c.id,
    characterName: c.name,
    level,
    hitPoints,
    hitPointMethod: gain.method,
    roll: gain.method === 'rolled' ? gain.roll : null,
  };
}
