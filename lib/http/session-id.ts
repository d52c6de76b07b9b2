import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Session ids are UUIDs; anything else cannot name a session. */
export function parseSessionId(raw: string): string {
  if (!z.uuid().safeParse(raw).success) throw new AppError('not_found', `There is no session "${raw.slice(0, 80)}"`);
  return raw;
}
