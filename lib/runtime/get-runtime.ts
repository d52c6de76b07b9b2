import 'server-only';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { createRuntime, type Runtime } from './runtime';

const holder = globalThis as typeof globalThis & { roundtableRuntime?: Promise<Runtime> };

/** This server process's runtime, created on first use and kept across hot reloads. */
export function getRuntime(): Promise<Runtime> {
  holder.roundtableRuntime ??= getDb()
    .then((db) => createRuntime(getConfig(), db))
    .catch((error: unknown) => {
      holder.roundtableRuntime = undefined;
      throw error;
    });
  return holder.roundtableRuntime;
}
