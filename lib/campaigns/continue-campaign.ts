import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { requireGm, requireMember } from '@/lib/auth/table-access';
import { getSessionById } from '@/lib/db/queries/sessions';
import { getSessionLink, listChronicleSessions } from '@/lib/db/queries/session-chain';
import { AppError } from '@/lib/errors';
import { recapOf } from '@/lib/memory/chronicle';
import { newDiceKey } from '@/lib/rules/dice-key';
import { applyPatches } from '@/lib/rules/patches';
import type { RulesState } from '@/lib/rules/state';
import type { TableRuntime } from '@/lib/table/table-runtime';

/**
 * The party as the last session left it, ready for the next: sheets, gear,
 * coins, XP and wounds stay, as do the place and whoever was there with
 * them; no fight carries over, nobody stands on a square of the old map, and
 * the dice get a new secret key (the roll count goes on, so the log's rolls stay numbered in order).
 */
export function nextSessionState(last: RulesState): RulesState {
  return {
    ...last,
    seed: newDiceKey(),
    combat: null,
    round: 0,
    party: last.party.map((c) => ({ ...c, position: null })),
  };
}

/**
 * The game master opens the campaign's next session from an ended one: the
 * latest of its chain, so a campaign never forks. The new session opens with
 * a recap of the last and seats everyone where they sat.
 */
export async function continueCampaign(runtime: TableRuntime, input: { gm: Identity; sessionId: string }): Promise<{ sessionId: string }> {
  const { gm, sessionId } = input;
  requireGm(await requireMember(runtime.db, gm, sessionId), 'continue the campaign');
  const link = await getSessionLink(runtime.db, sessionId);
  const record = await getSessionById(runtime.db, { id: sessionId });
  if (!link || !record) throw new AppError('not_found', `There is no session "${sessionId}"`);
  if (!link.endedAt) throw new AppError('conflict', 'This session is still in play; end it before continuing the campaign');
  const next = (await listChronicleSessions(runtime.db, link.chronicleId)).find((s) => s.previousSessionId === sessionId);
  if (next) throw new AppError('conflict', `This session was already continued by session ${next.id}; continue from the latest one`);
  const last = applyPatches(record.state, []);
  const recap = (await recapOf(runtime.db, { chronicleId: link.chronicleId, sessionId })) ?? `The party rests at ${last.scene.title}, where the last session ended.`;
  try {
    return await runtime.sessions.create(link.campaignId, { gm, continueFrom: { state: nextSessionState(last), previousSessionId: sessionId, recap } });
  } catch (error) {
    // Another request continued it a moment before: the database's one-continuation rule refused this one whole.
    if ((error as { code?: unknown }).code === '23505') throw new AppError('conflict', 'This session was just continued; open the campaign page for the new session');
    throw error;
  }
}
