import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest, tableRequest } from '@/lib/http/table-request';
import { chooseRulebooks, tableRulebooks } from '@/lib/table/table-rulebooks';
import { chooseBody } from './schema';

type Params = { params: Promise<{ id: string }> };

/** The shared library's rulebooks, each marked when the table plays by it: anyone at the table may see what the DM looks rules up in. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    return Response.json({ rulebooks: await tableRulebooks(runtime.db, { sessionId, identity }) });
  });
}

/** The game master chooses the rulebooks the table plays by from now on; the table commits it between turns and logs it. */
export async function PUT(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'choose the rulebooks the table plays by');
    const { ruleSystemIds } = await readJson(request, chooseBody);
    const result = await chooseRulebooks(runtime, { sessionId, ruleSystemIds, by: identity });
    return Response.json(result, { status: result.settled ? 200 : 202 });
  });
}
