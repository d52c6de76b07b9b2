import { StorageClient } from '@supabase/storage-js';
import type { AppConfig } from '@/lib/config';
import { fileStorage } from './storage';
import type { AssetStores } from './store';
import { supabaseStorage } from './supabase-storage';

/** The configured store for new pictures; pictures kept in the data folder before stay readable. */
export function assetStoresFor(config: Pick<AppConfig, 'dataDir' | 'assetStorage'>): AssetStores {
  const files = fileStorage(config.dataDir);
  const settings = config.assetStorage;
  if (settings.kind === 'files') return { current: files, all: { files } };
  // Storage's own client (the one supabase-js wraps): the server needs no Realtime socket to keep pictures.
  const client = new StorageClient(`${settings.url.replace(/\/$/, '')}/storage/v1`, {
    apikey: settings.serviceKey,
    Authorization: `Bearer ${settings.serviceKey}`,
  });
  const supabase = supabaseStorage(client, settings.bucket);
  return { current: supabase, all: { files, supabase } };
}
