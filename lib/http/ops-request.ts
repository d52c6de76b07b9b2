import { timingSafeEqual } from 'node:crypto';
import { getRuntime } from '@/lib/runtime/get-runtime';
import type { Runtime } from '@/lib/runtime/runtime';
import { requireIdentity, type Identity } from '@/lib/auth/identity';
import { getConfig } from '@/lib/config';
import { requireOperator } from '@/lib/auth/operator';
import { requireTableTraces } from '@/lib/auth/trace-access';
import { AppError } from '@/lib/errors';
import { parseSessionId } from './session-id';

/** What every ops route checks first: signed in (401), an operator (403). */
export async function opsRequest(request: Request): Promise<{ runtime: Runtime; identity: Identity }> {
  const identity = await requireIdentity(request);
  const runtime = await getRuntime();
  await requireOperator(runtime.db, identity);
  return { runtime, identity };
}

/** A table's own traces (its turns' messages): its game master's, and any operator's. */
export async function tableTraceRequest(request: Request, rawSessionId: string): Promise<{ runtime: Runtime; sessionId: string }> {
  const identity = await requireIdentity(request);
  const sessionId = parseSessionId(rawSessionId);
  const runtime = await getRuntime();
  await requireTableTraces(runtime.db, identity, sessionId);
  return { runtime, sessionId };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Metrics go to a scraper with the bearer token METRICS_TOKEN, or to a signed-in operator. */
export async function metricsRequest(request: Request): Promise<Runtime> {
  const token = getConfig().metricsToken;
  const bearer = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (token && bearer !== undefined) {
    if (!sameSecret(bearer, token)) throw new AppError('unauthorized', 'That metrics token is not the one this install expects');
    return getRuntime();
  }
  return (await opsRequest(request)).runtime;
}
