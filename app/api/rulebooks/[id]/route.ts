import { getRuntime } from '@/lib/agents/get-runtime';
import { deleteRuleSystem, getRuleSystem } from '@/lib/db/queries/rule-systems';
import { AppError } from '@/lib/errors';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { requireIdentity } from '@/lib/auth/identity';

/** An imported rule system: what was recognised (its rule module) and the sections it holds. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    const system = await getRuleSystem((await getRuntime()).db, { id });
    if (!system) throw new AppError('not_found', `There is no rule system "${id}"`);
    return Response.json(system);
  });
}

/** Removes a rule system; sessions that played by it look rules up in the others. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    if (!(await deleteRuleSystem((await getRuntime()).db, { id }))) throw new AppError('not_found', `There is no rule system "${id}"`);
    return new Response(null, { status: 204 });
  });
}
