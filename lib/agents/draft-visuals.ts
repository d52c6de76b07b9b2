import type { VisualKind } from '@/lib/ai/tools/request-visuals';
import { storeAsset } from '@/lib/assets/store';
import type { MessageBus } from '@/lib/bus';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import type { Database } from '@/lib/db/types';
import { createRequest } from '@/lib/messages';
import { hashText } from '@/lib/generator/rng';

const GENERATOR_TIMEOUT_MS = 60_000;

/** Asks the Creative Generator, over the bus, for a picture of a draft, and stores it; resolves with the picture's id. */
export async function drawForDraft(deps: { db: Database; bus: MessageBus; dataDir: string; draftId: string; what: VisualKind; draft: CampaignDraft }) {
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
  const { svg } = response.payload.data as { svg: string };
  const asset = await storeAsset(deps.db, deps.dataDir, {
    kind: portrait ? 'portrait' : 'world-map',
    owner: `draft:${draftId}`,
    title: portrait ? draft.villain!.name : 'World map',
    svg,
  });
  return asset.id;
}
