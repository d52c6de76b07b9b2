import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type AssetStoreName = 'files' | 'supabase';

/** Where pictures' bytes are kept; the assets table says which store holds each one. */
export type AssetStorage = {
  readonly name: AssetStoreName;
  put(file: string, body: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes, or null when the file is gone. */
  get(file: string): Promise<Uint8Array<ArrayBuffer> | null>;
};

/** Files under the data folder: the embedded default, for processes that share that folder. */
export function fileStorage(dataDir: string): AssetStorage {
  const dir = path.join(dataDir, 'assets');
  // Names are ours (ids), never a path a client chose; basename keeps it that way.
  const at = (file: string) => path.join(dir, path.basename(file));
  return {
    name: 'files',
    async put(file, body) {
      await mkdir(dir, { recursive: true });
      await writeFile(at(file), body);
    },
    async get(file) {
      return readFile(at(file)).then((buffer) => new Uint8Array(buffer), () => null);
    },
  };
}
