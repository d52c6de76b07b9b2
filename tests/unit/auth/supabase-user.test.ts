import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supabaseUserId } from '@/lib/auth/supabase-user';
import { AppError } from '@/lib/errors';

const USER_ID = '6b0f1c3e-6c0e-4a55-9d7a-2f7b1e0c9a11';
const GOOD = 'eyJhbGciOiJIUzI1NiJ9.good-access-token.signature';

/** A stand-in for Supabase Auth's GET /auth/v1/user, the endpoint auth-js asks about a token. */
const server = http.createServer((request, response) => {
  const seen = { path: request.url, apikey: request.headers.apikey, authorization: request.headers.authorization };
  if (seen.path === '/auth/v1/user' && seen.apikey === 'anon-key' && seen.authorization === `Bearer ${GOOD}`) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: USER_ID, aud: 'authenticated', role: 'authenticated', is_anonymous: true, app_metadata: {}, user_metadata: {}, created_at: new Date().toISOString() }));
    return;
  }
  response.writeHead(403, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ code: 403, error_code: 'bad_jwt', msg: 'invalid JWT' }));
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('hosted sign-in asks Supabase Auth who a token belongs to', () => {
  it("returns the Supabase user's id for a token Supabase accepts", async () => {
    await expect(supabaseUserId({ url, anonKey: 'anon-key' }, GOOD)).resolves.toBe(USER_ID);
  });

  it('refuses a token Supabase does not accept with a 401', async () => {
    const error = await supabaseUserId({ url, anonKey: 'anon-key' }, 'eyJhbGciOiJIUzI1NiJ9.forged.token').catch((e: unknown) => e);
    expect(AppError.is(error) && error.status).toBe(401);
  });
});
