import { tableSheet } from '@/lib/table/party-sheet';
import { parseCharacterId } from '@/lib/http/character-id';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';

type Params = { params: Promise<{ id: string; characterId: string }> };

/** A party member's whole sheet as it stands at the table, for anyone sitting at it; `mine` when the asker plays it. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, member } = await tableRequest(request, params);
    const characterId = parseCharacterId((await params).characterId);
    return Response.json(await tableSheet(runtime, { sessionId, characterId, member }));
  });
}
