import { storeAsset, type AssetStores } from '@/lib/assets/store';
import type { Database } from '@/lib/db/types';
import type { Painting } from '@/lib/ai/paint-image';

/**
 * Keeps the painting a model made of a battle map; resolves with its id, or
 * null when there is none or it cannot be kept (the drawn map serves then).
 */
export async function keepMapArt(
  deps: { db: Database; assets?: AssetStores },
  map: { sessionId: string; title: string; image: Painting | undefined },
): Promise<string | null> {
  if (!map.image || !deps.assets) return null;
  try {
    const asset = await storeAsset(deps.db, deps.assets, {
      kind: 'battle-map',
      owner: `session:${map.sessionId}`,
      title: map.title,
      mediaType: map.image.mediaType,
      body: Uint8Array.from(Buffer.from(map.image.base64, 'base64')),
    });
    return asset.id;
  } catch (error) {
    console.warn(`[session ${map.sessionId}] the painted map of ${map.title} was not kept:`, (error as Error).message);
    return null;
  }
}
