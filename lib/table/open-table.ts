import type { Identity } from '@/lib/auth/identity';
import { ownCharacter } from '@/lib/characters/player-characters';
import { AppError } from '@/lib/errors';
import { bringCharacter } from './bring-character';
import type { TableRuntime } from './table-runtime';
import { leaveSeat } from './seat-change';

/**
 * Opens a table of a campaign with the person as its game master. With one
 * of their own characters, they play it instead of the campaign's
 * characters, which AI players take until friends sit down.
 */
export async function openTable(runtime: TableRuntime, input: { gm: Identity; campaignId: string; seed?: number; characterId?: string }): Promise<{ sessionId: string }> {
  const { gm, campaignId, seed, characterId } = input;
  if (characterId) {
    const record = await ownCharacter(runtime.db, gm.userId, characterId);
    if (record.sessionId) throw new AppError('conflict', `${record.name} already plays at a table`);
  }
  const { sessionId } = await runtime.sessions.create(campaignId, { gm, seed });
  if (!characterId) return { sessionId };
  const { partyId } = await bringCharacter(runtime, { sessionId, identity: gm, characterId });
  const { state } = await runtime.sessions.view(sessionId);
  for (const c of state.party.filter((p) => p.controller === 'human' && p.id !== partyId)) {
    await leaveSeat(runtime, { sessionId, characterId: c.id, reason: `${gm.name} plays their own character; an AI player takes ${c.name}` });
  }
  return { sessionId };
}
