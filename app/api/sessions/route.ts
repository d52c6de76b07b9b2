import { getRuntime } from '@/lib/agents/get-runtime';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { createSessionBody } from './schema';

export async function POST(request: Request) {
  return respond(async () => {
    const { campaignId } = await readJson(request, createSessionBody);
    const { sessions } = await getRuntime();
    const { sessionId } = await sessions.create(campaignId);
    return Response.json({ sessionId, url: `/sessions/${sessionId}` }, { status: 201 });
  });
}
