import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { lastHourMetrics } from '@/lib/ops/recent-metrics';

/** The bus's per-agent numbers over the last hour, and the models' tokens and latency per minute. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    return Response.json(await lastHourMetrics(runtime));
  });
}
