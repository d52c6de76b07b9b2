import { placeCreatures, monsterSuggestions } from '@/lib/table/place-creatures';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { cleanText } from '@/lib/http/text-guard';
import { gmRequest } from '@/lib/http/table-request';
import { placeBody, suggestQuery } from './schema';

type Params = { params: Promise<{ id: string }> };

/** Monsters matching what the game master typed, for the placing form: each with its book, and the rulebook's id for imported ones. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'place monsters');
    const q = new URL(request.url).searchParams.get('q');
    const parsed = suggestQuery.safeParse({ q: q === null ? undefined : cleanText(q, 'q') });
    if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Bad query');
    return Response.json({ suggestions: await monsterSuggestions(runtime.db, { sessionId, query: parsed.data.q }) });
  });
}

/** The game master places monsters by name, from the SRD or a rulebook the table plays by; the table commits and logs it, and in a fight they roll initiative. */
export async function POST(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'place monsters');
    const body = await readJson(request, placeBody);
    const result = await placeCreatures(runtime, { sessionId, ...body, by: identity.name });
    return Response.json(result, { status: result.settled ? 200 : 202 });
  });
}
