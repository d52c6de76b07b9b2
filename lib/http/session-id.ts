import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Our ids are UUIDs; anything else cannot name one of them, and is a 404, not a database error. */
export function parseId(raw: string, what: string): string {
  if (!z.uuid().safeParse(raw).success) throw new AppError('not_found', `There is no ${what} "${raw.slice(0, 80)}"`);
  return raw;
}

export function parseSessionId(raw: string): string {
  return parseId(raw, 'session');
}
