/**
 * The pages' Content-Security-Policy: scripts only from this site and only
 * with the page's nonce (so injected markup runs nothing), no framing by
 * other sites, no plugins, forms and connections only to this site and, when
 * hosted, the Supabase project. Styles stay inline-capable: React writes
 * style attributes, which nonces cannot cover.
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean; supabaseUrl: string | null }): string {
  const supabase = options.supabaseUrl ? [options.supabaseUrl, options.supabaseUrl.replace(/^http/, 'ws')] : [];
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self' ${supabase.join(' ')}`.trim(),
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** Headers every response carries, pages and API alike. */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Invitation links carry their token in the path: never hand it to another site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
