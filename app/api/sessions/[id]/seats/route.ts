import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';
import { changeSeat } from '@/lib/table/seat-rules';
import { seatBody } from './schema';

/** Who plays a character: a person takes its seat, or hands it to an AI player. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, member, identity } = await tableRequest(request, params);
    const { characterId, to } = await readJson(request, seatBody);
    const result = await changeSeat(runtime, { sessionId, characterId, to, identity, member });
    return Response.json({ characterId, to, settled: result === 'done' }, { status: 202 });
  });
}
