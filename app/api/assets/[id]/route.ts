import { getRuntime } from '@/lib/runtime/get-runtime';
import { readAsset } from '@/lib/assets/store';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { respond } from '@/lib/http/respond';
import { requireIdentity } from '@/lib/auth/identity';
import { requireMember } from '@/lib/auth/table-access';

/** A stored picture. SVG is served with a policy that lets it draw but never run anything. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const id = parseId((await params).id, 'picture');
    const { db, assets } = await getRuntime();
    const asset = await readAsset(db, assets, { id });
    if (!asset) throw new AppError('not_found', `There is no picture "${id}"`);
    // A table's pictures are for the people at it; campaigns' and drafts' are shared.
    const table = /^session:([0-9a-f-]{36})$/.exec(asset.owner);
    if (table) await requireMember(db, identity, table[1]!);
    return new Response(asset.body, {
      headers: {
        'Content-Type': asset.mediaType,
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': 'private, max-age=31536000, immutable',
      },
    });
  });
}
