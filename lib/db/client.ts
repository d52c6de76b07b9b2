import 'server-only';
import { getConfig } from '@/lib/config';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

const holder = globalThis as typeof globalThis & { roundtableDb?: Promise<Database> };

/** The process's one database; a global so hot reloads never open the data folder twice. */
export function getDb(): Promise<Database> {
  const config = getConfig();
  holder.roundtableDb ??= (config.databaseUrl ? openPostgres(config.databaseUrl, { multiplexed: config.databaseMultiplexed, queryTimeoutMs: config.databaseQueryTimeoutMs }) : openPglite(config.dataDir)).catch((error: unknown) => {
    holder.roundtableDb = undefined;
    throw error;
  });
  return holder.roundtableDb;
}
