import { placeCreatures, monsterSuggestions } from '@/lib/table/place-creatures';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { placeBody, suggestQuery } from './schema';

type Params = { params: Promise<{ id: string }> };

/** SRD monster names matching what the game master typed, for the placing form. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    await gmRequest(request, params, 'place monsters');
    const parsed = suggestQuery.safeParse({ q: new URL(request.url).searchParams.get('q') ?? undefined });
    if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Bad query');
    return Response.json({ names: monsterSuggestions(parsed.data.q) });
  });
}

/** The game master places SRD monsters by name; the table commits and logs it, and in a fight they roll initiative. */
export async function POST(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'place monsters');
    const body = await readJson(request, placeBody);
    const result = await placeCreatures(runtime, { sessionId, ...body, by: identity.name });
    return Response.json(result, { status: result.settled ? 200 : 202 });
  });
}
