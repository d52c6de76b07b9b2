import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import type { Invite } from '@/lib/db/queries/invites';
import { bringCharacter, checkBringable } from './bring-character';
import { joinTable } from './join-table';

/** What accepting an invitation needs of the table: what joining and bringing a character work with. */
type InvitedTable = Parameters<typeof joinTable>[0] & Parameters<typeof checkBringable>[0] & Parameters<typeof bringCharacter>[0];

/**
 * A person takes up an invitation: they sit at the table playing one of its
 * characters, none, or one of their own brought along (`bring`). Whether that
 * character may join is known before they sit down, so a refusal seats nobody.
 */
export async function acceptInvite(
  table: InvitedTable,
  input: { invite: Invite; identity: Identity; characterId: string | null; bring?: string },
): Promise<void> {
  const { invite, identity, characterId } = input;
  const bring = input.bring?.toLowerCase();
  if (bring) await checkBringable(table, invite.sessionId, identity.userId, bring);
  await joinTable(table, invite, identity, characterId);
  if (bring) await bringCharacter(table, { sessionId: invite.sessionId, identity, characterId: bring });
}
