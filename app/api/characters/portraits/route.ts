import { drawCharacterPortrait } from '@/lib/characters/portrait';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireIdentity } from '@/lib/auth/identity';
import { portraitOwner } from '@/lib/characters/player-characters';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { portraitBody } from './schema';

/** The Creative Generator draws a portrait for a character being built; it is kept as this person's picture. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const { name, variant } = await readJson(request, portraitBody);
    const { db, bus, assets } = await getRuntime();
    const assetId = await drawCharacterPortrait({ db, bus, assets, owner: portraitOwner(userId), name, variant });
    return Response.json({ assetId, url: `/api/assets/${assetId}` }, { status: 201 });
  });
}
