import type { Database } from '@/lib/db/types';
import type { AssetStorage, AssetStoreName } from './storage';

export type AssetKind = 'portrait' | 'world-map' | 'battle-map';
export type StoredAsset = { id: string; kind: AssetKind; title: string; mediaType: string };

/** The store new pictures go to, and every store old ones may be in. */
export type AssetStores = { current: AssetStorage; all: Partial<Record<AssetStoreName, AssetStorage>> };

const extensions: Record<string, string> = { 'image/svg+xml': 'svg', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

export const assetMediaTypes = Object.keys(extensions);

/** Keeps a picture and records it; the bytes are written first, so a row always has its file. */
export async function storeAsset(
  db: Database,
  stores: AssetStores,
  input: { kind: AssetKind; owner: string; title: string; mediaType: string; body: Uint8Array | string },
): Promise<StoredAsset> {
  const extension = extensions[input.mediaType];
  if (!extension) throw new Error(`Pictures of type ${input.mediaType} are not kept`);
  const id = crypto.randomUUID();
  const file = `${id}.${extension}`;
  const body = typeof input.body === 'string' ? new TextEncoder().encode(input.body) : input.body;
  await stores.current.put(file, body, input.mediaType);
  await db.query('insert into assets (id, kind, owner, title, media_type, path, store) values ($1, $2, $3, $4, $5, $6, $7)', [
    id,
    input.kind,
    input.owner,
    input.title.slice(0, 200),
    input.mediaType,
    file,
    stores.current.name,
  ]);
  return { id, kind: input.kind, title: input.title, mediaType: input.mediaType };
}

export async function readAsset(
  db: Database,
  stores: AssetStores,
  { id }: { id: string },
): Promise<{ mediaType: string; owner: string; body: Uint8Array<ArrayBuffer> } | null> {
  const { rows } = await db.query<{ media_type: string; owner: string; path: string; store: AssetStoreName }>(
    'select media_type, owner, path, store from assets where id = $1',
    [id],
  );
  const row = rows[0];
  const storage = row ? stores.all[row.store] : undefined;
  if (!row || !storage) return null;
  const body = await storage.get(row.path);
  return body === null ? null : { mediaType: row.media_type, owner: row.owner, body };
}

/** Whom a stored picture belongs to ('draft:<id>', 'session:<id>', 'person:<id>'...), or null when there is none by that id. */
export async function assetOwner(db: Database, { id }: { id: string }): Promise<string | null> {
  const { rows } = await db.query<{ owner: string }>('select owner from assets where id = $1', [id]);
  return rows[0]?.owner ?? null;
}
