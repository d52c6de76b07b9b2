import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsset, storeAsset } from '@/lib/assets/store';
import { assetStoresFor } from '@/lib/assets/stores';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { fakeSupabase } from '../../fixtures/fake-supabase';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
let db: Database;
let project: Awaited<ReturnType<typeof fakeSupabase>>;
const dataDir = path.join(os.tmpdir(), `roundtable-assets-${crypto.randomUUID()}`);

beforeAll(async () => {
  db = await openPglite('memory://');
  project = await fakeSupabase();
});
afterAll(async () => {
  await project.close();
  await db.close();
});

const supabaseConfig = () =>
  readConfig({ DATA_DIR: dataDir, NEXT_PUBLIC_SUPABASE_URL: project.url, SUPABASE_SERVICE_ROLE_KEY: 'service-key', SUPABASE_STORAGE_BUCKET: 'pictures' });

describe('where pictures are kept', () => {
  it('keeps them as files in the data folder by default', async () => {
    const stores = assetStoresFor(readConfig({ DATA_DIR: dataDir }));
    const asset = await storeAsset(db, stores, { kind: 'portrait', owner: 'draft:x', title: 'Mother Brine', mediaType: 'image/svg+xml', body: svg });
    const read = await readAsset(db, stores, asset);
    expect(read?.mediaType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(read!.body)).toBe(svg);
  });

  it('keeps them in a private Supabase Storage bucket, made on first use, and still reads the ones kept in files before', async () => {
    const before = await storeAsset(db, assetStoresFor(readConfig({ DATA_DIR: dataDir })), {
      kind: 'world-map',
      owner: 'draft:x',
      title: 'Old map',
      mediaType: 'image/svg+xml',
      body: svg,
    });
    const stores = assetStoresFor(supabaseConfig());
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const asset = await storeAsset(db, stores, { kind: 'portrait', owner: 'draft:y', title: 'Painted', mediaType: 'image/png', body: png });
    expect(project.storage.buckets.get('pictures')).toEqual({ public: false });
    expect(project.storage.uploads.at(-1)).toEqual({ path: `pictures/${asset.id}.png`, authorization: 'Bearer service-key', contentType: 'image/png' });
    const { rows } = await db.query<{ store: string }>('select store from assets where id = $1', [asset.id]);
    expect(rows[0]?.store).toBe('supabase');
    expect(Array.from((await readAsset(db, stores, asset))!.body)).toEqual(Array.from(png));
    expect(new TextDecoder().decode((await readAsset(db, stores, before))!.body)).toBe(svg);
  });

  it('reads a picture whose object is gone as missing, and refuses a type it does not keep', async () => {
    const stores = assetStoresFor(supabaseConfig());
    const asset = await storeAsset(db, stores, { kind: 'portrait', owner: 'draft:z', title: 'Gone', mediaType: 'image/svg+xml', body: svg });
    project.storage.objects.clear();
    expect(await readAsset(db, stores, asset)).toBeNull();
    await expect(
      storeAsset(db, stores, { kind: 'portrait', owner: 'draft:z', title: 'Script', mediaType: 'text/html', body: '<script>' }),
    ).rejects.toThrow(/text\/html/);
  });
});
