import { getIronSession, webCookies, type SessionOptions } from 'iron-session';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { isSignInRevoked, revokeSignIn } from '@/lib/db/queries/revoked-sign-ins';
import { AppError } from '@/lib/errors';
import { resolveSessionSecret } from './session-secret';

/** A person: Supabase Auth's user id in hosted mode, one made for them in embedded mode. */
export type Identity = { userId: string; name: string };

export const COOKIE_NAME = 'roundtable_session';
export const COOKIE_TTL_S = 30 * 24 * 3600;

/** What the cookie holds: the person, and the id of this sign-in, so signing out can end it. */
const storedSchema = z.object({ userId: z.uuid(), name: z.string().min(1).max(60), sid: z.uuid().optional() });
type Stored = z.infer<typeof storedSchema>;

let secret: Promise<string> | undefined;

/** The cookie's sealing secret, read (or made) once per process. */
export function sessionSecret(): Promise<string> {
  const config = getConfig();
  secret ??= resolveSessionSecret(config.auth.sessionSecret, config.dataDir);
  return secret;
}

/** A sign-in's key among ended ones; cookies sealed before sign-ins had ids end per person. */
function signInKey(stored: Stored): string {
  return stored.sid ?? `user:${stored.userId}`;
}

/**
 * The identity a cookie held, or null for anything else: an old shape, an
 * empty session, or a sign-in that was ended by signing out.
 */
export async function storedIdentity(data: unknown): Promise<Identity | null> {
  const parsed = storedSchema.safeParse(data);
  if (!parsed.success) return null;
  if (await isSignInRevoked(await getDb(), { id: signInKey(parsed.data) })) return null;
  return { userId: parsed.data.userId, name: parsed.data.name };
}

async function options(request: Request): Promise<SessionOptions> {
  const https = (request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')) === 'https';
  return {
    password: await sessionSecret(),
    cookieName: COOKIE_NAME,
    ttl: COOKIE_TTL_S,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: https, path: '/' },
  };
}

/** Who sent this request, from its sealed cookie; null when nobody is signed in, the cookie was tampered with, or its sign-in ended. */
export async function readIdentity(request: Request): Promise<Identity | null> {
  return storedIdentity(await getIronSession<Partial<Stored>>(webCookies(request, new Headers()), await options(request)));
}

export async function requireIdentity(request: Request): Promise<Identity> {
  const identity = await readIdentity(request);
  if (!identity) throw new AppError('unauthorized', 'Sign in first: choose a name on the home page');
  return identity;
}

/** Sets the cookie naming this person on the response's headers, as a new sign-in. */
export async function writeIdentity(request: Request, headers: Headers, identity: Identity): Promise<void> {
  const session = await getIronSession<Partial<Stored>>(webCookies(request, headers), await options(request));
  session.userId = identity.userId;
  session.name = identity.name;
  session.sid = crypto.randomUUID();
  await session.save();
}

/** Signs out: the cookie is cleared, and its sign-in ended, so a copy of it no longer signs anyone in. */
export async function clearIdentity(request: Request, headers: Headers): Promise<void> {
  const session = await getIronSession<Partial<Stored>>(webCookies(request, headers), await options(request));
  const stored = storedSchema.safeParse({ ...session });
  if (stored.success) {
    await revokeSignIn(await getDb(), { id: signInKey(stored.data), expiresAt: new Date(Date.now() + COOKIE_TTL_S * 1000) });
  }
  session.destroy();
}
