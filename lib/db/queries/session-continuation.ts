import type { Queryable } from '../types';
import { linkSession } from './session-chain';

/**
 * What a continued session takes over from the one before, inside the
 * transaction that opens it: the link between the two, the people at the
 * table with the seats they held, the characters people brought (which
 * play at one table at a time, so they move rather than being copied), and
 * the rulebooks it played by.
 */
export async function carryTableOver(tx: Queryable, input: { sessionId: string; previousSessionId: string; partyIds: string[] }): Promise<void> {
  const { sessionId, previousSessionId, partyIds } = input;
  await linkSession(tx, { sessionId, previousSessionId });
  await tx.query(
    `insert into session_members (session_id, user_id, role, display_name)
     select $1, user_id, role, display_name from session_members where session_id = $2
     on conflict (session_id, user_id) do nothing`,
    [sessionId, previousSessionId],
  );
  await tx.query(
    `insert into session_seats (session_id, character_id, user_id)
     select $1, character_id, user_id from session_seats where session_id = $2 and character_id = any($3::text[])
     on conflict (session_id, character_id) do nothing`,
    [sessionId, previousSessionId, partyIds],
  );
  await tx.query(
    'update player_characters set session_id = $1, updated_at = now() where session_id = $2 and party_id = any($3::text[])',
    [sessionId, previousSessionId, partyIds],
  );
  // The campaign goes on by the rulebooks it was played by.
  await tx.query(
    'insert into session_rule_systems (session_id, rule_system_id) select $1, rule_system_id from session_rule_systems where session_id = $2',
    [sessionId, previousSessionId],
  );
}
