import { metricsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';

/** The bus's per-agent metrics in Prometheus text format: for operators, or a scraper holding METRICS_TOKEN. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { registry } = (await metricsRequest(request)).bus.metrics;
    return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType } });
  });
}
