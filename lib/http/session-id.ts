import { z } from 'zod';
import { AppError } from '@/lib/errors';

/**
 * Our ids are UUIDs, written in lower case; anything else cannot name one of
 * them, and is a 404, not a database error. Upper case names the same id,
 * so it must find the same table (and never a second copy of its actor).
 */
export function parseId(raw: string, what: string): string {
  if (!z.uuid().safeParse(raw).success) throw new AppError('not_found', `There is no ${what} "${JSON.stringify(raw.slice(0, 80)).slice(1, -1)}"`);
  return raw.toLowerCase();
}

export function parseSessionId(raw: string): string {
  return parseId(raw, 'session');
}
