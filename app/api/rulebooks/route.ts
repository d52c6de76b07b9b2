import { getRuntime } from '@/lib/runtime/get-runtime';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { respond } from '@/lib/http/respond';
import { requireIdentity } from '@/lib/auth/identity';

/** Every imported rule system, newest first. */
export async function GET(request: Request) {
  return respond(request, async () => {
    await requireIdentity(request);
    return Response.json(await listRuleSystems((await getRuntime()).db));
  });
}
