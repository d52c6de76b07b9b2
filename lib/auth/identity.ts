import { getIronSession, webCookies, type SessionOptions } from 'iron-session';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { resolveSessionSecret } from './session-secret';

/** A person: Supabase Auth's user id in hosted mode, one made for them in embedded mode. */
export type Identity = { userId: string; name: string };

export const COOKIE_NAME = 'roundtable_session';
export const COOKIE_TTL_S = 30 * 24 * 3600;

const storedSchema = z.object({ userId: z.uuid(), name: z.string().min(1).max(60) });

let secret: Promise<string> | undefined;

/** The cookie's sealing secret, read (or made) once per process. */
export function sessionSecret(): Promise<string> {
  const config = getConfig();
  secret ??= resolveSessionSecret(config.auth.sessionSecret, config.dataDir);
  return secret;
}

/** The identity a cookie held, or null for anything else (an old shape, an empty session). */
export function storedIdentity(data: unknown): Identity | null {
  const parsed = storedSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
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

/** Who sent this request, from its sealed cookie; null when nobody is signed in or the cookie was tampered with. */
export async function readIdentity(request: Request): Promise<Identity | null> {
  return storedIdentity(await getIronSession<Partial<Identity>>(webCookies(request, new Headers()), await options(request)));
}

export async function requireIdentity(request: Request): Promise<Identity> {
  const identity = await readIdentity(request);
  if (!identity) throw new AppError('unauthorized', 'Sign in first: choose a name on the home page');
  return identity;
}

/** Sets the cookie naming this person on the response's headers. */
export async function writeIdentity(request: Request, headers: Headers, identity: Identity): Promise<void> {
  const session = await getIronSession<Partial<Identity>>(webCookies(request, headers), await options(request));
  session.userId = identity.userId;
  session.name = identity.name;
  await session.save();
}

export async function clearIdentity(request: Request, headers: Headers): Promise<void> {
  const session = await getIronSession<Partial<Identity>>(webCookies(request, headers), await options(request));
  session.destroy();
}
