import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@/lib/db/types';

export type AssetKind = 'portrait' | 'world-map' | 'battle-map';
export type StoredAsset = { id: string; kind: AssetKind; title: string; mediaType: string };

/** Saves a drawing as a file in the data folder and records it; the file is written first, so a row always has its file. */
export async function storeAsset(
  db: Database,
  dataDir: string,
  input: { kind: AssetKind; owner: string; title: string; svg: string },
): Promise<StoredAsset> {
  const id = crypto.randomUUID();
  const dir = path.join(dataDir, 'assets');
  await mkdir(dir, { recursive: true });
  const file = `${id}.svg`;
  await writeFile(path.join(dir, file), input.svg, 'utf8');
  await db.query('insert into assets (id, kind, owner, title, media_type, path) values ($1, $2, $3, $4, $5, $6)', [
    id,
    input.kind,
    input.owner,
    input.title.slice(0, 200),
    'image/svg+xml',
    file,
  ]);
  return { id, kind: input.kind, title: input.title, mediaType: 'image/svg+xml' };
}

export async function readAsset(db: Database, dataDir: string, { id }: { id: string }): Promise<{ mediaType: string; body: string } | null> {
  const { rows } = await db.query<{ media_type: string; path: string }>('select media_type, path from assets where id = $1', [id]);
  const row = rows[0];
  if (!row) return null;
  // The stored name is ours (an id), never a path a client chose.
  const body = await readFile(path.join(dataDir, 'assets', path.basename(row.path)), 'utf8').catch(() => null);
  return body === null ? null : { mediaType: row.media_type, body };
}
