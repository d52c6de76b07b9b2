import { AuthClient } from '@supabase/auth-js';
import { AppError } from '@/lib/errors';

/**
 * The Supabase Auth user an access token belongs to, asked of Supabase Auth
 * itself (a token is never trusted on its own say-so).
 */
export async function supabaseUserId(settings: { url: string; anonKey: string }, accessToken: string): Promise<string> {
  const auth = new AuthClient({
    url: `${settings.url.replace(/\/$/, '')}/auth/v1`,
    headers: { apikey: settings.anonKey },
    persistSession: false,
    autoRefreshToken: false,
    detectSessionInUrl: false,
  });
  const { data, error } = await auth.getUser(accessToken);
  if (error || !data.user) throw new AppError('unauthorized', 'Supabase did not accept that sign-in; sign in again');
  return data.user.id;
}
