import type { Identity } from '@/lib/auth/identity';
import type { Member } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import type { LevelUpChoices } from '@/lib/rules/advancement/level-up-choices';
import { levelUpOffer, type LevelUpOffer } from '@/lib/rules/advancement/level-up-offer';
import { levelUpCharacter, milestoneProgress } from '@/lib/rules/advancement/table-progress';
import { RuleViolation } from '@/lib/rules/rule-violation';
import type { RulesState } from '@/lib/rules/state';
import type { TableRuntime } from './table-runtime';

/** How long an award or a level-up waits for a turn under way before answering that it will follow. */
const PROGRESS_WAIT_MS = 10_000;

/** Whether the table committed the change now, or will once the turn under way is committed. */
export type ProgressResult = { settled: boolean };

/** The rules' refusal, as a 400 that says what they say. */
function checked(what: string, change: () => unknown): void {
  try {
    change();
  } catch (error) {
    if (error instanceof RuleViolation) throw new AppError('bad_request', `The rules do not allow that ${what}: ${error.message}`);
    throw error;
  }
}

async function settle(runtime: TableRuntime, sessionId: string, command: Parameters<TableRuntime['sessions']['commandSettled']>[1]): Promise<ProgressResult> {
  const outcome = await runtime.sessions.commandSettled(sessionId, command, PROGRESS_WAIT_MS);
  if (outcome.kind === 'ignored') throw new AppError('conflict', 'The table changed before this could be applied; look again and retry');
  if (outcome.kind === 'failed') throw new AppError('conflict', `The table could not save it: ${outcome.reason}`);
  return { settled: outcome.kind === 'committed' };
}

/** The game master's milestone: checked against the table as it is, then committed through the session with who and why. */
export async function awardMilestone(
  runtime: TableRuntime,
  input: { sessionId: string; characterIds: string[] | 'party'; amount: number; reason: string; by: string },
): Promise<ProgressResult> {
  const { sessionId, ...award } = input;
  const { state } = await runtime.sessions.view(sessionId);
  checked('award', () => milestoneProgress(state, award));
  return settle(runtime, sessionId, { type: 'xp.award', ...award });
}

/** The party member a level-up is about; only its player or the game master may look at or choose its level. */
function leveller(state: RulesState, member: Member, characterId: string) {
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  if (member.role !== 'gm' && !member.seats.includes(characterId)) throw new AppError('forbidden', `${character.name} is not your character; only its player or the game master levels it up`);
  return character;
}

/** Refuses (404, 403) before anything else is read when this person may not level this character up. */
export async function requireLeveller(runtime: TableRuntime, input: { sessionId: string; member: Member; characterId: string }): Promise<void> {
  const { state } = await runtime.sessions.view(input.sessionId);
  leveller(state, input.member, input.characterId);
}

export async function levelUpOfferFor(runtime: TableRuntime, input: { sessionId: string; member: Member; characterId: string }): Promise<LevelUpOffer> {
  const { state } = await runtime.sessions.view(input.sessionId);
  return levelUpOffer(leveller(state, input.member, input.characterId));
}

/**
 * A level-up with its player's (or the game master's) choices: checked
 * against the table as it is (a rolled hit die is rolled only when the
 * table commits it, with its own dice), then committed as a session command.
 */
export async function chooseLevelUp(
  runtime: TableRuntime,
  input: { sessionId: string; member: Member; identity: Identity; characterId: string; choices: LevelUpChoices },
): Promise<ProgressResult & { level: number }> {
  const { state } = await runtime.sessions.view(input.sessionId);
  const character = leveller(state, input.member, input.characterId);
  checked('level-up', () => levelUpCharacter(state, character.id, { ...input.choices, hitPoints: 'average' }, input.identity.name));
  const result = await settle(runtime, input.sessionId, { type: 'level.up', characterId: character.id, choices: input.choices, by: input.identity.name });
  return { ...result, level: character.level + 1 };
}
