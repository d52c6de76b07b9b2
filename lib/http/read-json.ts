import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { contentType } from './content-type';
import { readBody } from './read-body';
import { cleanTexts } from './text-guard';

const DEFAULT_MAX_BYTES = 16 * 1024;

/** Reads a JSON body no larger than `maxBytes` and validates it, or throws an AppError saying what is wrong. */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<z.infer<T>> {
  const type = contentType(request);
  if (type !== 'application/json') {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json)');
  }
  const bytes = await readBody(request, maxBytes, `The request body must be at most ${maxBytes} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid UTF-8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON');
  }
  const parsed = schema.safeParse(cleanTexts(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new AppError('bad_request', field ? `${field}: ${issue.message}` : issue.message);
  }
  return parsed.data;
}
