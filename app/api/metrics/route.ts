import { getRuntime } from '@/lib/agents/get-runtime';
import { respond } from '@/lib/http/respond';

/** The bus's per-agent metrics in Prometheus text format. */
export async function GET() {
  return respond(async () => {
    const { registry } = (await getRuntime()).bus.metrics;
    return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType } });
  });
}
