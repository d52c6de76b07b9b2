import { opsRequest } from '@/lib/http/ops-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { replayAsOperator } from '@/lib/ops/dead-letter-review';
import { replayBody } from './schema';

/** Sends one or many dead letters' messages again; each result says whether it went. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { runtime, identity } = await opsRequest(request);
    const { ids } = await readJson(request, replayBody);
    return Response.json({ results: await replayAsOperator(runtime, { ids, by: identity }) });
  });
}
