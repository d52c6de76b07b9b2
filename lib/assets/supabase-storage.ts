import type { StorageClient } from '@supabase/storage-js';
import type { AssetStorage } from './storage';

/**
 * A private Supabase Storage bucket, for deployments whose processes share no
 * disk. The bucket is made on first use, so a new project needs no setup.
 */
export function supabaseStorage(client: StorageClient, bucket: string): AssetStorage {
  const files = () => client.from(bucket);
  const upload = (file: string, body: Uint8Array, mediaType: string) => files().upload(file, body, { contentType: mediaType, upsert: false });
  return {
    name: 'supabase',
    async put(file, body, mediaType) {
      let { error } = await upload(file, body, mediaType);
      if (error && /bucket not found/i.test(error.message)) {
        const made = await client.createBucket(bucket, { public: false });
        if (made.error && !/already exists/i.test(made.error.message)) {
          throw new Error(`Supabase Storage could not make the bucket ${bucket}: ${made.error.message}`);
        }
        ({ error } = await upload(file, body, mediaType));
      }
      if (error) throw new Error(`Supabase Storage could not keep ${file}: ${error.message}`);
    },
    async get(file) {
      const { data, error } = await files().download(file);
      if (error || !data) return null;
      return new Uint8Array(await data.arrayBuffer());
    },
  };
}
