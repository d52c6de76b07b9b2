import { AppError } from '@/lib/errors';
import { requireSameOrigin } from './same-origin';

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

/** Runs a route's work, if another site's page did not send it, and turns whatever it throws into the right response. */
export async function respond(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    requireSameOrigin(request);
    return await work();
  } catch (error) {
    return errorResponse(error);
  }
}
