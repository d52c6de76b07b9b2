import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http/content-security';

const nextConfig: NextConfig = {
  // PGlite ships its Postgres as WebAssembly plus data files it loads from its own
  // package folder at run time, so it must stay a plain Node dependency; so does
  // unpdf, whose pdf.js loads its own modules the same way.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-pgvector', 'pg', 'unpdf'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
