import { getRuntime } from '@/lib/agents/get-runtime';
import type { Runtime } from '@/lib/agents/runtime';
import { requireIdentity, type Identity } from '@/lib/auth/identity';
import { requireOperator } from '@/lib/auth/operator';

/** What every ops route checks first: signed in (401), an operator or a game master (403). */
export async function opsRequest(request: Request): Promise<{ runtime: Runtime; identity: Identity }> {
  const identity = await requireIdentity(request);
  const runtime = await getRuntime();
  await requireOperator(runtime.db, identity);
  return { runtime, identity };
}
