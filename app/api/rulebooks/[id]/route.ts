import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireIdentity } from '@/lib/auth/identity';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { removeRuleSystem } from '@/lib/rulebooks/removal';
import { ruleSystem } from '@/lib/rulebooks/rule-systems';

/** An imported rule system: what was recognised (its rule module) and the sections it holds. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    return Response.json(await ruleSystem((await getRuntime()).db, id));
  });
}

/** Removes a rule system: its importer or an operator, and while tables play by it only with confirm=true. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const by = await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    const confirmed = new URL(request.url).searchParams.get('confirm') === 'true';
    await removeRuleSystem((await getRuntime()).db, { id, by, confirmed });
    return new Response(null, { status: 204 });
  });
}
