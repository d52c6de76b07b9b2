import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supabaseUserId } from '@/lib/auth/supabase-user';
import { AppError } from '@/lib/errors';
import { fakeSupabase } from '../../fixtures/fake-supabase';

let project: Awaited<ReturnType<typeof fakeSupabase>>;

beforeAll(async () => {
  project = await fakeSupabase();
});
afterAll(() => project.close());

/** Signs up anonymously as supabase-js does in the browser, and returns the session Supabase Auth gives. */
async function signUp(): Promise<{ access_token: string; user: { id: string } }> {
  const response = await fetch(`${project.url}/auth/v1/signup`, { method: 'POST', headers: { apikey: project.anonKey, 'content-type': 'application/json' }, body: '{}' });
  return response.json();
}

describe('hosted sign-in asks Supabase Auth who a token belongs to', () => {
  it("returns the Supabase user's id for a token Supabase accepts", async () => {
    const session = await signUp();
    await expect(supabaseUserId({ url: project.url, anonKey: project.anonKey }, session.access_token)).resolves.toBe(session.user.id);
  });

  it('refuses a token Supabase does not accept with a 401', async () => {
    const error = await supabaseUserId({ url: project.url, anonKey: project.anonKey }, 'eyJhbGciOiJIUzI1NiJ9.forged.token').catch((e: unknown) => e);
    expect(AppError.is(error) && error.status).toBe(401);
  });
});
