import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { contentSecurityPolicy } from '@/lib/http/content-security';

/**
 * Gives every page a fresh script nonce and the policy that names it; Next
 * puts the nonce on its own scripts when it finds it in the request's policy.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', supabaseUrl: getConfig().auth.supabase?.url ?? null });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: a proxy in front of the API would buffer every request body (uploads included) before its route saw it.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.svg).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
