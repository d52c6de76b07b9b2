import { clearIdentity, readIdentity, writeIdentity } from '@/lib/auth/identity';
import { claimFirstSignIn } from '@/lib/auth/operator';
import { supabaseUserId } from '@/lib/auth/supabase-user';
import { getDb } from '@/lib/db/client';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { signInBody } from './schema';

/** Who this browser is signed in as, if anyone. */
export async function GET(request: Request) {
  return respond(request, async () => Response.json({ identity: await readIdentity(request) }));
}

/**
 * Signs a person in under the name they chose. Embedded, they get an id of
 * their own, kept in a sealed cookie; hosted, the id is their Supabase Auth
 * user's, proved by the access token. Signing in again changes only the name.
 */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { name, accessToken } = await readJson(request, signInBody);
    const { supabase } = getConfig().auth;
    let userId: string;
    if (supabase) {
      if (!accessToken) throw new AppError('bad_request', 'Sign in with Supabase first, then send its access token');
      userId = await supabaseUserId(supabase, accessToken);
    } else {
      userId = (await readIdentity(request))?.userId ?? crypto.randomUUID();
    }
    const headers = new Headers();
    await writeIdentity(request, headers, { userId, name });
    await claimFirstSignIn(await getDb(), { userId, name });
    return Response.json({ identity: { userId, name } }, { headers });
  });
}

export async function DELETE(request: Request) {
  return respond(request, async () => {
    const headers = new Headers();
    await clearIdentity(request, headers);
    return new Response(null, { status: 204, headers });
  });
}
