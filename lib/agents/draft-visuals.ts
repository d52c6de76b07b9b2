import type { VisualKind } from '@/lib/ai/tools/request-visuals';
import { storeAsset, type AssetStores } from '@/lib/assets/store';
import type { MessageBus } from '@/lib/bus';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import type { Database } from '@/lib/db/types';
import type { Painting } from '@/lib/ai/paint-image';
import { hashText } from '@/lib/generator/rng';
import { createRequest } from '@/lib/messages';

const GENERATOR_TIMEOUT_MS = 60_000;

/**
 * Asks the Creative Generator, over the bus, for a picture of a draft, and
 * keeps it (the painting when a model made one, else the drawing); resolves
 * with the picture's id.
 */
export async function drawForDraft(deps: {
  db: Database;
  bus: MessageBus;
  assets: AssetStores;
  draftId: string;
  what: VisualKind;
  draft: CampaignDraft;
}): Promise<string> {
  const { draft, draftId } = deps;
  const portrait = deps.what === 'villain-portrait';
  const request = createRequest({
    fromAgent: 'assistant',
    toAgent: 'generator',
    sessionId: `draft:${draftId}`,
    timeout: GENERATOR_TIMEOUT_MS,
    action: portrait ? 'generate_portrait' : 'generate_map',
    parameters: portrait
      ? { seed: hashText(`${draftId}:${draft.villain!.name}`), name: draft.villain!.name, kind: 'villain' }
      : {
          kind: 'world',
          seed: hashText(draftId),
          name: draft.title ?? draft.setting?.slice(0, 40) ?? 'The World',
          locations: (draft.locations ?? []).map((l, i) => ({ id: `place-${i + 1}`, title: l.title })),
        },
  });
  const response = await deps.bus.request(request);
  if (!response.payload.success) throw new Error(response.payload.error.message);
  const { svg, image } = response.payload.data as { svg: string; image?: Painting };
  const picture = image
    ? { mediaType: image.mediaType, body: Uint8Array.from(Buffer.from(image.base64, 'base64')) }
    : { mediaType: 'image/svg+xml', body: svg };
  const asset = await storeAsset(deps.db, deps.assets, {
    kind: portrait ? 'portrait' : 'world-map',
    owner: `draft:${draftId}`,
    title: portrait ? draft.villain!.name : 'World map',
    ...picture,
  });
  return asset.id;
}
