import { AppError } from '@/lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed, as a reverse proxy in front of us passes it on. */
function addressedHost(request: Request): string | null {
  return request.headers.get('x-forwarded-host')?.split(',')[0]!.trim() ?? request.headers.get('host');
}

/**
 * Refuses a state-changing request another site's page sent: browsers say
 * where a request comes from (Sec-Fetch-Site, Origin), and a cookie riding on
 * a cross-site form or fetch must change nothing. Requests that carry neither
 * header come from programs, not pages, and cannot borrow a browser's cookie.
 */
export function requireSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    throw new AppError('forbidden', `Requests that change anything must come from this site's own pages (this one came from a ${site} page)`);
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  let host: string | null = null;
  try {
    host = origin === 'null' ? null : new URL(origin).host;
  } catch {
    // An unreadable origin is no origin of ours.
  }
  if (host === null || host !== addressedHost(request)) {
    throw new AppError('forbidden', `Requests that change anything must come from this site's own pages, not from ${origin.slice(0, 100)}`);
  }
}
