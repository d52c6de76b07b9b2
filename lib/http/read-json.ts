import type { z } from 'zod';
import { AppError } from '@/lib/errors';

const DEFAULT_MAX_BYTES = 16 * 1024;

/** Reads a JSON body no larger than `maxBytes` and validates it, or throws an AppError saying what is wrong. */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<z.infer<T>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('payload_too_large', `The request body must be at most ${maxBytes} bytes`);
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json)');
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new AppError('payload_too_large', `The request body must be at most ${maxBytes} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new AppError('bad_request', field ? `${field}: ${issue.message}` : issue.message);
  }
  return parsed.data;
}
