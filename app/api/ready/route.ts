import { getRuntime } from '@/lib/runtime/get-runtime';
import { readiness } from '@/lib/ops/readiness';

/** Readiness, for a load balancer: 200 when this instance can serve tables, 503 with the failing check otherwise. */
export async function GET() {
  const report = await readiness(getRuntime());
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
