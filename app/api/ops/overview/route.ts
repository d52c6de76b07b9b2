import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { opsOverview } from '@/lib/ops/overview';

/** The live sessions of this process with their actors' state, the agents it hosts, their health and their actors at work. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    return Response.json(await opsOverview(runtime));
  });
}
