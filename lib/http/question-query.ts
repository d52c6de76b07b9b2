import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { cleanText } from './text-guard';

const question = z
  .string({ error: 'Ask a question (q)' })
  .trim()
  .min(3, 'Ask a question of at least three letters')
  .max(300, 'Keep the question under 300 characters');

/** The question of a look-up request (`?q=`), checked: a 400 that says what is wrong with it otherwise. */
export function readQuestion(request: Request): string {
  const q = new URL(request.url).searchParams.get('q');
  const parsed = question.safeParse(q === null ? undefined : cleanText(q, 'q'));
  if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Ask a question (q)');
  return parsed.data;
}
