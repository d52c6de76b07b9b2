import 'server-only';
import { unsealData } from 'iron-session';
import { cookies } from 'next/headers';
import { COOKIE_NAME, COOKIE_TTL_S, sessionSecret, storedIdentity, type Identity } from './identity';

/** Who is looking at a server-rendered page, from the same sealed cookie the API reads. */
export async function readPageIdentity(): Promise<Identity | null> {
  const sealed = (await cookies()).get(COOKIE_NAME)?.value;
  if (!sealed) return null;
  return storedIdentity(await unsealData(sealed, { password: await sessionSecret(), ttl: COOKIE_TTL_S }));
}
