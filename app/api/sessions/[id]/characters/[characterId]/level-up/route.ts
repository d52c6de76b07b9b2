import { chooseLevelUp, levelUpOfferFor, requireLeveller } from '@/lib/table/progression';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseCharacterId } from '@/lib/http/character-id';
import { tableRequest } from '@/lib/http/table-request';
import { levelUpBody } from './schema';

type Params = { params: Promise<{ id: string; characterId: string }> };

/** What the character's next level offers, each choice with its options from the SRD data; for its player or the game master. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, member } = await tableRequest(request, params);
    const characterId = parseCharacterId((await params).characterId);
    return Response.json(await levelUpOfferFor(runtime, { sessionId, member, characterId }));
  });
}

/** The character's player (or the game master) takes its next level with these choices; the table rolls any hit die and logs it. */
export async function POST(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, member, identity } = await tableRequest(request, params);
    const characterId = parseCharacterId((await params).characterId);
    await requireLeveller(runtime, { sessionId, member, characterId });
    const choices = await readJson(request, levelUpBody);
    const result = await chooseLevelUp(runtime, { sessionId, member, identity, characterId, choices });
    return Response.json(result, { status: result.settled ? 200 : 202 });
  });
}
