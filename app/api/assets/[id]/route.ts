import { getRuntime } from '@/lib/agents/get-runtime';
import { readAsset } from '@/lib/assets/store';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { respond } from '@/lib/http/respond';

/** A stored picture. SVG is served with a policy that lets it draw but never run anything. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = parseId((await params).id, 'picture');
    const { db, assets } = await getRuntime();
    const asset = await readAsset(db, assets, { id });
    if (!asset) throw new AppError('not_found', `There is no picture "${id}"`);
    return new Response(asset.body, {
      headers: {
        'Content-Type': asset.mediaType,
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': 'public, max-age=31536000, immutable',
      },
    });
  });
}
