import { storeAsset, type AssetStores } from '@/lib/assets/store';
import type { MessageBus } from '@/lib/bus';
import type { Database } from '@/lib/db/types';
import { generatePortrait } from '@/lib/generator';
import type { Painting } from '@/lib/ai/paint-image';
import { hashText } from '@/lib/generator/rng';
import { createRequest } from '@/lib/messages';

/** A builder waits this long for the generator before drawing the portrait itself. */
const PORTRAIT_TIMEOUT_MS = 20_000;

/**
 * Asks the Creative Generator, over the bus, for a hero's portrait and keeps
 * it for the person (the painting when a model made one, else the drawing).
 * When the generator cannot answer in time, the same procedural drawing is
 * made here, so the builder always ends with a portrait.
 */
export async function drawCharacterPortrait(deps: { db: Database; bus: MessageBus; assets: AssetStores; owner: string; name: string; variant: number }): Promise<string> {
  const seed = hashText(`${deps.owner}:${deps.variant}`);
  let picture: { mediaType: string; body: Uint8Array | string };
  try {
    const request = createRequest({
      fromAgent: 'system',
      toAgent: 'generator',
      sessionId: deps.owner,
      timeout: PORTRAIT_TIMEOUT_MS,
      action: 'generate_portrait',
      parameters: { seed, name: deps.name, kind: 'hero' },
    });
    const response = await deps.bus.request(request);
    if (!response.payload.success) throw new Error(response.payload.error.message);
    const { svg, image } = response.payload.data as { svg: string; image?: Painting };
    picture = image ? { mediaType: image.mediaType, body: Uint8Array.from(Buffer.from(image.base64, 'base64')) } : { mediaType: 'image/svg+xml', body: svg };
  } catch (error) {
    console.warn(`[portrait] the generator did not draw ${deps.name}; drawing it here:`, (error as Error).message);
    picture = { mediaType: 'image/svg+xml', body: generatePortrait({ seed, name: deps.name, kind: 'hero' }).svg };
  }
  const asset = await storeAsset(deps.db, deps.assets, { kind: 'portrait', owner: deps.owner, title: deps.name, ...picture });
  return asset.id;
}
