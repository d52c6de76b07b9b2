import type { Identity } from '@/lib/auth/identity';
import { ownCharacter, sheetOf } from '@/lib/characters/player-characters';
import { seatPlayerCharacter, unseatPlayerCharacter, type PlayerCharacterRecord } from '@/lib/db/queries/player-characters';
import { AppError } from '@/lib/errors';
import { MAX_PARTY } from '@/lib/rules/party-patches';
import { storedCharacterSchema } from '@/lib/rules/sheet/stored-character';
import type { RulesState } from '@/lib/rules/state';
import type { TableRuntime } from './table-runtime';

/** How long bringing a character waits for a turn under way before answering that it will follow. */
const JOIN_WAIT_MS = 20_000;

/** A party id from the name, short enough to read in the log and the DM's prompt, with a tail that keeps it unique. */
function partyIdFor(record: PlayerCharacterRecord, state: RulesState): string {
  const base = record.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'hero';
  const taken = new Set([...state.party, ...state.creatures].map((c) => c.id));
  for (let n = 4; n <= 32; n += 4) {
    const id = `${base}-${record.id.replace(/-/g, '').slice(0, n)}`;
    if (!taken.has(id)) return id;
  }
  return record.id;
}

/**
 * Whether a character may join this party: it plays at no table yet, the
 * party has room, and it is no higher in level than the party's highest
 * (a newcomer may be behind the party, never ahead of it).
 */
export async function checkBringable(runtime: TableRuntime, sessionId: string, userId: string, characterId: string): Promise<PlayerCharacterRecord> {
  const record = await ownCharacter(runtime.db, userId, characterId);
  if (record.sessionId) throw new AppError('conflict', `${record.name} already plays at a table`);
  const { state } = await runtime.sessions.view(sessionId);
  if (state.party.length >= MAX_PARTY) throw new AppError('conflict', `This party is full: it holds at most ${MAX_PARTY} characters`);
  const level = sheetOf(record).level;
  const highest = Math.max(...state.party.map((c) => c.level));
  if (level > highest) throw new AppError('conflict', `${record.name} is level ${level}; this party is level ${highest} at most, so bring a character of that level or lower`);
  return record;
}

/**
 * A person at a table brings one of their characters: it joins the party
 * and they play it. The character is marked as playing at this table first
 * (so it cannot be brought twice at once), then the table commits the join
 * with the seat and its log event; a table that refuses it gives it back.
 */
export async function bringCharacter(runtime: TableRuntime, input: { sessionId: string; identity: Identity; characterId: string }): Promise<{ partyId: string; pending: boolean }> {
  const { sessionId, identity, characterId } = input;
  const record = await checkBringable(runtime, sessionId, identity.userId, characterId);
  const { state } = await runtime.sessions.view(sessionId);
  const partyId = partyIdFor(record, state);
  if (!(await seatPlayerCharacter(runtime.db, { id: record.id, sessionId, partyId }))) throw new AppError('conflict', `${record.name} already plays at a table`);
  const character = storedCharacterSchema.parse({ ...(record.data as object), id: partyId, controller: 'human' });
  const reason = `${identity.name} brings ${record.name} to the table`;
  try {
    const outcome = await runtime.sessions.commandSettled(sessionId, { type: 'party.join', character, holder: identity.userId, reason }, JOIN_WAIT_MS);
    if (outcome.kind === 'failed' || outcome.kind === 'ignored') {
      throw new AppError('conflict', `The table could not take ${record.name}${outcome.kind === 'failed' ? `: ${outcome.reason}` : ''}`);
    }
    await runtime.seats.membersChanged(sessionId);
    return { partyId, pending: outcome.kind === 'pending' };
  } catch (error) {
    await unseatPlayerCharacter(runtime.db, { id: record.id, sessionId });
    throw error;
  }
}
