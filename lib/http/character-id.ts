import { z } from 'zod';
import { AppError } from '@/lib/errors';

const characterIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** The character named in the path, or a 400 for one no character could have. */
export function parseCharacterId(raw: string): string {
  const parsed = characterIdSchema.safeParse(decodeURIComponent(raw));
  if (!parsed.success) throw new AppError('bad_request', 'No character has an id like that');
  return parsed.data;
}
