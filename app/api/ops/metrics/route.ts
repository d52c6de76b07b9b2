import { modelUsageByMinute } from '@/lib/db/queries/model-usage';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';

const HOUR_MS = 3_600_000;

/** The bus's per-agent numbers over the last hour, and the models' tokens and latency per minute. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const usage = await modelUsageByMinute(runtime.db, { since: new Date(Date.now() - HOUR_MS) });
    return Response.json({ samples: runtime.history.all(), usage });
  });
}
