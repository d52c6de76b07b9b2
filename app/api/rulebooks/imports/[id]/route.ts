import { getRuntime } from '@/lib/runtime/get-runtime';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { requireIdentity } from '@/lib/auth/identity';

/** Where an import stands. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    imports.authorise(id, userId);
    return Response.json(imports.view(id));
  });
}

/** Cancels an import; nothing of it is saved. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    imports.authorise(id, userId);
    imports.cancel(id);
    return new Response(null, { status: 204 });
  });
}
