import { getRuntime } from '@/lib/runtime/get-runtime';
import { respond } from '@/lib/http/respond';
import { requireIdentity } from '@/lib/auth/identity';
import { ruleSystems } from '@/lib/rulebooks/rule-systems';

/** Every imported rule system, newest first. */
export async function GET(request: Request) {
  return respond(request, async () => {
    await requireIdentity(request);
    return Response.json(await ruleSystems((await getRuntime()).db));
  });
}
