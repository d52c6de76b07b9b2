import { getRuntime } from '@/lib/runtime/get-runtime';
import type { Runtime } from '@/lib/runtime/runtime';
import { requireIdentity, type Identity } from '@/lib/auth/identity';
import { requireGm, requireMember } from '@/lib/auth/table-access';
import type { Member } from '@/lib/db/queries/members';
import { parseSessionId } from './session-id';

export type TableRequest = { runtime: Runtime; identity: Identity; member: Member; sessionId: string };

/**
 * What every table route checks first, in the order a person would want to
 * hear about it: signed in (401), the table exists (404), they sit at it (403).
 */
export async function tableRequest(request: Request, params: Promise<{ id: string }>): Promise<TableRequest> {
  const identity = await requireIdentity(request);
  const sessionId = parseSessionId((await params).id);
  const runtime = await getRuntime();
  const member = await requireMember(runtime.db, identity, sessionId);
  return { runtime, identity, member, sessionId };
}

/** As tableRequest, for what only the game master may do. */
export async function gmRequest(request: Request, params: Promise<{ id: string }>, doing: string): Promise<TableRequest> {
  const table = await tableRequest(request, params);
  requireGm(table.member, doing);
  return table;
}
