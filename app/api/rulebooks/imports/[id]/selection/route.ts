import { getRuntime } from '@/lib/runtime/get-runtime';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { requireIdentity } from '@/lib/auth/identity';
import { selectionBody } from './schema';

/** The game master's choice of sections; the import goes on with them. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    imports.authorise(id, userId);
    const selection = await readJson(request, selectionBody, 256 * 1024);
    return Response.json(imports.select(id, selection), { status: 202 });
  });
}
