import { listMembers } from '@/lib/db/queries/members';
import type { Database } from '@/lib/db/types';
import type { SessionActor } from './live-session';

/**
 * A person's fight turn ran past the turn timeout: an AI player stands in for
 * the character until its player returns, so the fight goes on.
 */
export async function standInForOverdueTurn(db: Database, sessionId: string, actor: SessionActor, characterId: string): Promise<void> {
  const members = await listMembers(db, { sessionId });
  const holder = members.find((m) => m.seats.includes(characterId));
  const character = actor.getSnapshot().context.state.party.find((c) => c.id === characterId);
  if (!holder || character?.controller !== 'human') return;
  actor.send({
    type: 'seat.change',
    characterId,
    controller: 'ai',
    reason: `${holder.displayName} did not act in time; an AI player plays ${character.name} until they return`,
  });
}
