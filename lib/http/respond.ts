import { AppError } from '@/lib/errors';

/** A person-readable error body; internals are logged here, never sent. */
export function errorResponse(error: unknown): Response {
  if (AppError.is(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  console.error('[http] unexpected failure:', error);
  return Response.json(
    { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
    { status: 500 },
  );
}

/** Runs a route's work and turns whatever it throws into the right response. */
export async function respond(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return errorResponse(error);
  }
}
