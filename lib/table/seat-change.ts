import { claimSeat, releaseSeat, seatHolder } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import type { TableRuntime } from './table-runtime';

/** How long a seat change waits for a turn under way before answering that it will follow. */
const SEAT_WAIT_MS = 20_000;

/** Whether the seat changed now, or will once the turn under way is committed (or another instance plays the table). */
export type SeatResult = 'done' | 'pending';

function refusedAtCommit(reason: string, name: string): never {
  if (/already holds the seat/.test(reason)) throw new AppError('conflict', `Someone else just took ${name}`);
  throw new AppError('conflict', `The seat could not change: ${reason}`);
}

/**
 * A person takes a character's seat. When that moves the character from an
 * AI player to them, the seat and its log event are one commit of the table:
 * both land, or neither does.
 */
export async function takeSeat(runtime: TableRuntime, input: { sessionId: string; characterId: string; userId: string; reason: string }): Promise<SeatResult> {
  const { sessionId, characterId, userId, reason } = input;
  const { state } = await runtime.sessions.view(sessionId);
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  const holder = await seatHolder(runtime.db, { sessionId, characterId });
  if (holder && holder !== userId) throw new AppError('conflict', `Someone else plays ${character.name}`);
  if (character.controller === 'human') {
    if (!holder && !(await claimSeat(runtime.db, { sessionId, userId, characterId }))) throw new AppError('conflict', `Someone else just took ${character.name}`);
    return 'done';
  }
  const command = { type: 'seat.change' as const, characterId, controller: 'human' as const, reason, ...(holder ? {} : { holder: userId }) };
  const outcome = await runtime.sessions.commandSettled(sessionId, command, SEAT_WAIT_MS);
  if (outcome.kind === 'failed') refusedAtCommit(outcome.reason, character.name);
  return outcome.kind === 'pending' ? 'pending' : 'done';
}

/** The seat goes back to the AI players: the release and its log event are one commit when the character changes hands. */
export async function leaveSeat(runtime: TableRuntime, input: { sessionId: string; characterId: string; reason: string }): Promise<SeatResult> {
  const { sessionId, characterId, reason } = input;
  const { state } = await runtime.sessions.view(sessionId);
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  if (character.controller === 'ai') {
    // An AI player already stands in: only the seat is given up.
    await releaseSeat(runtime.db, { sessionId, characterId });
    return 'done';
  }
  const outcome = await runtime.sessions.commandSettled(sessionId, { type: 'seat.change', characterId, controller: 'ai', reason, holder: null }, SEAT_WAIT_MS);
  if (outcome.kind === 'failed') refusedAtCommit(outcome.reason, character.name);
  return outcome.kind === 'pending' ? 'pending' : 'done';
}
